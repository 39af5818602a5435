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
 * The scheme, host and port the application's own links use ({@code atlas.public-url}, such as
 * {@code https://atlas.example.org}), so that a request's {@code Host} header is never copied into them. Without a
 * configured URL a {@code Host} naming this machine (localhost, a loopback address, its host name or the address the
 * request arrived on) is kept, and any other is replaced by the address the request arrived on. Forwarded headers
 * count only where {@code server.forward-headers-strategy} enables them, which the servlet container applies first.
 */
@Component
public class PublicAddress {

    /** Where links point: a scheme, a host and a port. */
    record Origin(String scheme, String host, int port) {
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
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new Origin(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), port);
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
            return new Origin(request.getScheme(), request.getServerName(), request.getServerPort());
        }
        String local = request.getLocalAddr();
        return new Origin(request.getScheme(), local.contains(":") ? "[" + local + "]" : local, request.getLocalPort());
    }

    private boolean isOwn(String host, HttpServletRequest request) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.equals("localhost") || bare.endsWith(".localhost") || bare.startsWith("127.") || bare.equals("::1")
                || bare.equals(request.getLocalAddr()) || bare.equalsIgnoreCase(request.getLocalName())
                || ownNames.contains(bare);
    }
}
