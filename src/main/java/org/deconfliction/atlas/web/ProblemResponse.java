package org.deconfliction.atlas.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes an RFC 9457 problem ({@code application/problem+json}) as the whole answer to a refused request. */
final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {
    }

    static void write(HttpServletResponse response, int status, String title, String parameter, String detail,
            String instance) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        if (parameter != null) {
            problem.put("parameter", parameter);
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
