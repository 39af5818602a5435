package org.deconfliction.atlas.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's answers when access is refused, as RFC 9457 problem details: 401 with a {@code WWW-Authenticate: Basic}
 * challenge when no valid credentials came (none, a wrong password, a disabled account), 403 when the user's role
 * does not allow the request or a browser session's write lacks its CSRF token. The texts say what to do, never
 * why a password check failed in detail.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Deconfliction Atlas";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiAccessRules rules;

    ProblemResponses(ApiAccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean gaveCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, gaveCredentials ? "Sign-in refused" : "Sign-in required",
                gaveCredentials
                        ? "The username and password were not accepted, or the account is disabled."
                        : "This request needs a signed-in user: send HTTP Basic credentials or sign in at /login.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "CSRF token missing",
                    "A write with the browser's session must carry the session's CSRF token in the X-CSRF-TOKEN "
                            + "header; or authenticate the request with HTTP Basic.");
            return;
        }
        String role = rules.needed(request).orElse(Role.EDITOR).label();
        write(response, HttpStatus.FORBIDDEN, "Not allowed", request.getMethod() + " " + request.getRequestURI()
                + " needs the " + role + " role, which your account does not have.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
