package org.deconfliction.atlas.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scheme, host, port and path the application's own links start with ({@code atlas.public-url}, such as
 * {@code https://atlas.example.org} or {@code https://maps.example.org/atlas} behind a proxy that serves it under a
 * path), so that a request's {@code Host} header is never copied into them. Without a configured URL a {@code Host}
 * naming this machine (localhost, a loopback address, its host name or the address the request arrived on) is kept,
 * any other is replaced by the address the request arrived on, and the path is the servlet context's. Forwarded
 * headers count only where {@code server.forward-headers-strategy} enables them, which the servlet container applies
 * first.
 */
@Component
public class PublicAddress {

    /** The request attribute holding {@link #baseUrl(HttpServletRequest)}, set for each request by the front door. */
    static final String BASE_URL_ATTRIBUTE = PublicAddress.class.getName() + ".baseUrl";

    /** Where links point: a scheme, a host, a port and the path the application is served under ("" or "/atlas"). */
    record Origin(String scheme, String host, int port, String path) {

        /** The absolute URL of the application's root, without a trailing slash. */
        String baseUrl() {
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
        }
    }

    private final Origin configured;
    private final Set<String> ownNames;

    PublicAddress(@Value("${atlas.public-url:}") String publicUrl) {
        this.configured = publicUrl.isBlank() ? null : parse(publicUrl.strip());
        this.ownNames = ownNames();
    }

    private static Origin parse(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("atlas.public-url must be an absolute http(s) URL, was '" + url + "'");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("atlas.public-url must not have a query or fragment, was '" + url + "'");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return new Origin(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), port, path);
    }

    private static Set<String> ownNames() {
        try {
            InetAddress local = InetAddress.getLocalHost();
            return Set.of(local.getHostName().toLowerCase(Locale.ROOT), local.getHostAddress());
        } catch (UnknownHostException e) {
            return Set.of();
        }
    }

    /** The origin this request's links are to use. */
    Origin of(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (isOwn(host, request)) {
            return new Origin(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath());
        }
        String local = request.getLocalAddr();
        return new Origin(request.getScheme(), local.contains(":") ? "[" + local + "]" : local, request.getLocalPort(),
                request.getContextPath());
    }

    /**
     * The absolute URL of the application's root for this request, without a trailing slash, e.g.
     * {@code https://maps.example.org/atlas}: what {@code atlas.public-url} says, else the request's trusted origin and
     * the servlet context's path. Links to the API append {@code /api...} to it.
     */
    public static String baseUrl(HttpServletRequest request) {
        if (request.getAttribute(BASE_URL_ATTRIBUTE) instanceof String base) {
            return base;
        }
        return new Origin(request.getScheme(), request.getServerName(), request.getServerPort(), request.getContextPath())
                .baseUrl();
    }

    private boolean isOwn(String host, HttpServletRequest request) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equals("localhost") || bare.endsWith(".localhost") || bare.startsWith("127.") || bare.equals("::1")
                || bare.equals(request.getLocalAddr()) || bare.equalsIgnoreCase(request.getLocalName())
                || ownNames.contains(bare);
    }
}
