package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.deconfliction.atlas.analysis.StarOutlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Regions whose repair would cost minutes are refused within two seconds, and the server keeps answering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplexRegionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Test
    void theThousandVertexStarPostedAsARegionIsA400NamingWhereItCrossesItselfWithinTwoSeconds() throws Exception {
        String form = "region=" + URLEncoder.encode(StarOutlines.star1001(), StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/collections/incidents/items"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();

        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("region");
        assertThat(problem.get("detail").asString()).contains("crosses itself more than 200 times, first at (");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aStarSmallEnoughForALinkIsRefusedAsQuicklyAndOthersAreStillAnswered() throws Exception {
        // Four decimals keep the 331 vertices within the server's 8 KB request line.
        String star = URLEncoder.encode(StarOutlines.star(331, 165, 1).replaceAll("(\\.\\d{4})\\d+", "$1"), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> refused = LocalApi.get(port, "/api/collections/incidents/items?region=" + star);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("crosses itself");

        HttpResponse<String> bowTie = LocalApi.get(port, "/api/collections/incidents/items?region="
                + URLEncoder.encode("POLYGON ((39.9 35.1, 40.6 35.5, 40.6 35.1, 39.9 35.5, 39.9 35.1))", StandardCharsets.UTF_8));
        assertThat(bowTie.statusCode()).as(bowTie.body()).isEqualTo(200);
    }
}
