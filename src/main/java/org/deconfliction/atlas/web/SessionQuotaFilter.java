package org.deconfliction.atlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns away a request that would open a new UI session beyond the {@link SessionQuota}: a page request (outside
 * {@code /api} and the static {@code /VAADIN/} files) that carries no valid session. The visitor gets a short
 * 503 page saying why and when to try again ({@code Retry-After}); the refusal is logged in the rate-limited
 * {@link RefusalLog}. The request takes its place under the caps before it runs, so requests arriving together
 * cannot pass the caps together; a session it opens keeps the place, counted for its client address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SessionQuotaFilter extends OncePerRequestFilter {

    private final SessionQuota quota;
    private final RefusalLog log;

    SessionQuotaFilter(SessionQuota quota, RefusalLog log) {
        this.quota = quota;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/VAADIN/")
                || (request.getRequestedSessionId() != null && request.isRequestedSessionIdValid());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String refusal = quota.reserve(address);
        if (refusal != null) {
            log.refused(503, request.getMethod(), request.getRequestURI(), "session quota: " + refusal);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "300");
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many"
                    + " sessions – Deconfliction Atlas</title></head><body style=\"font-family:sans-serif;max-width:40em;"
                    + "margin:3em auto\"><h1>Too many sessions</h1><p>" + HtmlUtils.htmlEscape(refusal) + "</p><p>Please"
                    + " close tabs of the atlas you no longer use, or try again in a few minutes: idle sessions close"
                    + " by themselves.</p></body></html>");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            try {
                quota.settle(session, address);
            } catch (IllegalStateException invalidated) {
                quota.settle(null, address);
            }
        }
    }
}
