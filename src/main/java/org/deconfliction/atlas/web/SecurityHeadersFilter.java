package org.deconfliction.atlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer. The Content-Security-Policy allows what Vaadin Flow and Leaflet need and no
 * more: scripts and styles from the application itself (Vaadin's bootstrap and {@code executeJs} need inline script
 * and {@code eval}), images also as data/blob URLs and from any tile server (the tile URL is configurable), no
 * plugins, no framing by other sites ({@code frame-ancestors 'none'}), forms and base URL to the application only.
 * Beside it: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (links carry the whole
 * view state, which should not leak to tile servers, and a long one would otherwise be sent twice with each
 * request) and {@code X-Frame-Options: DENY} for browsers without CSP.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
