package org.deconfliction.atlas.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;

/**
 * Which role an API request needs. Reading is GET, HEAD and OPTIONS, and the items query sent as a form POST
 * ({@code POST /api/collections/{id}/items} with {@code application/x-www-form-urlencoded}, for regions too long
 * for a URL): it needs no role when anonymous visitors may read ({@code atlas.security.anonymous-read}), otherwise
 * the viewer role. Anything under {@code /api/users} and {@code /api/admin} (the server's own figures) needs admin;
 * every other request changes data and needs editor.
 */
final class ApiAccessRules {

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern ITEMS = Pattern.compile("/api/collections/[^/]+/items/?");

    private final boolean anonymousRead;

    ApiAccessRules(boolean anonymousRead) {
        this.anonymousRead = anonymousRead;
    }

    /** The role the request needs; empty when anyone may make it. */
    Optional<Role> needed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/users") || path.startsWith("/api/admin")) {
            return Optional.of(Role.ADMIN);
        }
        if (isReading(request, path)) {
            return anonymousRead ? Optional.empty() : Optional.of(Role.VIEWER);
        }
        return Optional.of(Role.EDITOR);
    }

    /** Whether the request only reads: a reading method, or the items query as a form POST. */
    static boolean isReading(HttpServletRequest request) {
        return isReading(request, request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isReading(HttpServletRequest request, String path) {
        if (READING_METHODS.contains(request.getMethod())) {
            return true;
        }
        return "POST".equals(request.getMethod()) && ITEMS.matcher(path).matches() && isForm(request.getContentType());
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
