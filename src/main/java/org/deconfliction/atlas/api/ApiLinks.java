package org.deconfliction.atlas.api;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;

/** Links as OGC API documents write them, and the absolute base URL of the API for this request. */
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
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/api";
    }
}
