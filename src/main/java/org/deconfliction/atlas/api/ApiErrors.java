package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps every answer under {@code /api} an RFC 9457 problem when no controller answers it: a path no controller
 * maps is a 404 problem (instead of the application's web page, which answers every other unknown path), and
 * Spring's own refusals raised before a controller runs (405 wrong method, 406 unacceptable {@code Accept}, 415,
 * a missing parameter) become problems with their status, the 405 with its {@code Allow} header.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrors {

    /** Just before the UI's catch-all mapping (which has the order {@code Ordered.LOWEST_PRECEDENCE - 1}). */
    private static final int BEFORE_UI_FALLBACK = Ordered.LOWEST_PRECEDENCE - 3;

    @Bean
    SimpleUrlHandlerMapping apiUnknownPathMapping() {
        HttpRequestHandler notFound = (request, response) -> write(response, 404, "Not found",
                "There is nothing at " + request.getRequestURI() + "; GET /api lists what there is.");
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound));
        mapping.setOrder(BEFORE_UI_FALLBACK);
        return mapping;
    }

    @Bean
    HandlerExceptionResolver apiSpringRefusals(@Value("${atlas.ingest.max-upload:200MB}") String maxUpload) {
        return new SpringRefusals(maxUpload);
    }

    /** Writes a problem document with the status, title and detail, whatever the request accepts. */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.toString());
    }

    /**
     * Spring's web exceptions under {@code /api} as problem documents; anything else is left to other resolvers. An
     * upload over the limit is a 413 naming the limit as configured ({@code atlas.ingest.max-upload}).
     */
    static final class SpringRefusals implements HandlerExceptionResolver, Ordered {

        private final String maxUpload;

        SpringRefusals(String maxUpload) {
            this.maxUpload = maxUpload;
        }

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception ex) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!(ex instanceof ErrorResponse refusal) || !(path.equals("/api") || path.startsWith("/api/"))) {
                return null;
            }
            try {
                if (ex instanceof MaxUploadSizeExceededException) {
                    write(response, 413, "Upload too large", "The upload is larger than the limit of " + maxUpload
                            + " (atlas.ingest.max-upload); nothing was read or stored. Split the file, or ask an"
                            + " administrator to raise the limit.");
                    return new ModelAndView();
                }
                HttpHeaders headers = refusal.getHeaders();
                headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                int status = refusal.getStatusCode().value();
                String title = refusal.getBody().getTitle() == null ? "Refused" : refusal.getBody().getTitle();
                String detail = refusal.getBody().getDetail() == null ? ex.getMessage() : refusal.getBody().getDetail();
                write(response, status, title, detail);
                return new ModelAndView();
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
