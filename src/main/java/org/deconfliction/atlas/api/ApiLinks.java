package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import org.deconfliction.atlas.web.PublicAddress;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.node.ArrayNode;

/**
 * Links as OGC API documents write them, and the absolute URLs they point to: the API's base and this request's own
 * URL, both starting with {@code atlas.public-url} when it is set ({@link PublicAddress}), else with the request's
 * trusted origin, never with a forged {@code Host}.
 */
final class ApiLinks {

    static final String GEO_JSON = "application/geo+json";
    static final String JSON = "application/json";
    static final String HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

    private ApiLinks() {
    }

    /** Adds a link with its target, relation, media type and title. */
    static void add(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }

    /** The API's base, e.g. {@code http://localhost:8080/api}, without a trailing slash. */
    static String base() {
        return PublicAddress.baseUrl(request()) + "/api";
    }

    /** This request's absolute URL without its query, e.g. {@code http://localhost:8080/api/collections/sites/items}. */
    static String currentPath() {
        HttpServletRequest request = request();
        return PublicAddress.baseUrl(request) + request.getRequestURI().substring(request.getContextPath().length());
    }

    /** This request's absolute URL with its query as it came (still percent-encoded). */
    static String current() {
        String query = request().getQueryString();
        return currentPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
