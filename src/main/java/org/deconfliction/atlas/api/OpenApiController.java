package org.deconfliction.atlas.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/openapi}, the API's OpenAPI 3.0 definition ({@code api/openapi.json}, written beside the code and
 * checked against it by the tests), with this server's URL; and {@code GET /api/docs}, the same definition as a
 * readable HTML page.
 */
@RestController
class OpenApiController {

    static final MediaType OPENAPI = MediaType.parseMediaType(ApiLinks.OPENAPI);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode definition;

    OpenApiController() {
        try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
            definition = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the API definition api/openapi.json cannot be read", e);
        }
    }

    @GetMapping(path = "/api/openapi", produces = {ApiLinks.OPENAPI, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ObjectNode> openapi(@RequestParam Map<String, String> parameters) {
        QueryParameters.requireKnown(parameters, Set.of());
        return ResponseEntity.ok().contentType(OPENAPI).body(withServer());
    }

    @GetMapping(path = "/api/docs", produces = MediaType.TEXT_HTML_VALUE)
    String docs(@RequestParam Map<String, String> parameters) {
        QueryParameters.requireKnown(parameters, Set.of());
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(text(definition.at("/info/title"))).append(" API</title></head><body><h1>")
                .append(text(definition.at("/info/title"))).append(" API</h1><p>").append(text(definition.at("/info/description")))
                .append("</p><p>Base URL: <code>").append(HtmlUtils.htmlEscape(ApiLinks.base()))
                .append("</code>; the definition as OpenAPI 3.0: <a href=\"openapi\">openapi</a>.</p>");
        definition.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            html.append("<h2>").append(HtmlUtils.htmlEscape(operation.getKey().toUpperCase(java.util.Locale.ROOT))).append(" <code>")
                    .append(HtmlUtils.htmlEscape(path.getKey())).append("</code></h2><p>").append(text(operation.getValue().get("summary")))
                    .append("</p>");
            if (operation.getValue().has("description")) {
                html.append("<p>").append(text(operation.getValue().get("description"))).append("</p>");
            }
            JsonNode parameters1 = operation.getValue().get("parameters");
            if (parameters1 != null && !parameters1.isEmpty()) {
                html.append("<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>");
                parameters1.forEach(p -> {
                    JsonNode parameter = resolve(p);
                    html.append("<tr><td><code>").append(text(parameter.get("name"))).append("</code></td><td>")
                            .append(text(parameter.get("in"))).append("</td><td>").append(text(parameter.get("description")))
                            .append("</td></tr>");
                });
                html.append("</table>");
            }
        }));
        return html.append("</body></html>").toString();
    }

    /** The definition with this server's absolute API URL. */
    ObjectNode withServer() {
        ObjectNode copy = definition.deepCopy();
        copy.putArray("servers").addObject().put("url", ApiLinks.base());
        return copy;
    }

    private JsonNode resolve(JsonNode parameter) {
        return parameter.has("$ref") ? definition.at(parameter.get("$ref").asString().substring(1)) : parameter;
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() ? "" : HtmlUtils.htmlEscape(node.asString());
    }
}
