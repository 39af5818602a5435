package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The last-resort handler: an unforeseen failure in the API is a bare 500 problem, Spring's own 4xx stay as they were. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.admin.password=" + ApiProblemsTest.ADMIN_PASSWORD)
@Import(ApiProblemsTest.Failing.class)
class ApiProblemsTest {

    static final String ADMIN_PASSWORD = "problems-test-admin";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    /** A controller in the API package that fails as no handler foresees. */
    @RestController
    static class Failing {
        @GetMapping("/api/test-only/failure")
        String fail() {
            throw new IllegalStateException("secret internal state at /srv/data");
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void anUnforeseenFailureIsA500ProblemWithoutStackTraceOrMessage() throws Exception {
        HttpResponse<String> response = send(request("/api/test-only/failure"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("title").asString()).isEqualTo("Internal error");
        assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("secret")
                .doesNotContain("/srv/data").doesNotContain("trace").doesNotContain("\tat ");
    }

    /** As the first admin, over HTTP Basic: a write passes the access rules and meets Spring's own checks. */
    private static HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void springsOwnRefusalsKeepTheirStatus() throws Exception {
        assertThat(send(asAdmin(request("/api/analysis/point?lat=35&lon=40").DELETE())).statusCode()).isEqualTo(405);
        assertThat(send(request("/api/collections/incidents/items").header("Accept", "text/csv")).statusCode()).isEqualTo(406);
        assertThat(send(asAdmin(request("/api/collections/incidents/items").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("bank=east")))).statusCode()).isEqualTo(415);
    }
}
