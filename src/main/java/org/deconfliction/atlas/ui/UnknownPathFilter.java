package org.deconfliction.atlas.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a plain 404 for every path that is neither one of the UI's routes, nor a file the application serves,
 * nor a request of Vaadin's own (its {@code v-r} requests and everything under {@code /VAADIN/}), nor the API.
 * Vaadin's servlet is mapped to every path and would otherwise answer {@code /actuator}, {@code /.env} or
 * {@code /wp-login.php} with the application's page, a 200 and a new session. The routes are those Vaadin registered
 * ({@code /}, {@code /login}, {@code /users}, {@code /import}); a deep link keeps its query ({@code /?view=…&q=…}), which plays no
 * part here. Runs before the security filters, so the answer is the same whether or not anonymous reading is on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class UnknownPathFilter extends OncePerRequestFilter {

    private final ServletContext servletContext;

    UnknownPathFilter(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isServed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("Not found.\n");
    }

    private boolean isServed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/VAADIN/")
                || HandlerHelper.isFrameworkInternalRequest("/*", request)) {
            return true;
        }
        return isRoute(path) || isFile(path);
    }

    private boolean isRoute(String path) {
        String route = path.substring(1);
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getNavigationRouteTarget(route).hasTarget();
    }

    /** A file Vaadin or Spring serves as it is: the frontend bundle, the jars' web resources, the static folders. */
    private boolean isFile(String path) {
        if (path.contains("..") || path.contains("//") || path.contains("\\")) {
            return false;
        }
        ClassLoader loader = getClass().getClassLoader();
        for (String root : new String[] {"META-INF/VAADIN/webapp", "META-INF/resources", "static", "public"}) {
            if (loader.getResource(root + path) != null) {
                return !path.endsWith("/");
            }
        }
        try {
            return servletContext.getResource(path) != null && !path.endsWith("/");
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
