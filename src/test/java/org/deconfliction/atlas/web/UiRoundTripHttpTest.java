package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-side UI round-trip times over real HTTP: a session opened as a browser opens one and a map move sent
 * as the map element sends it each count as a UIDL round trip; the figures are for admins only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UiRoundTripHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext app;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> figures(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/ui-round-trips"));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachUidlRequestOfASessionIsTimedAndOnlyAnAdminReadsTheFigures() throws Exception {
        TestAccounts.add(app, "figures-admin", "figures-admin-password", Set.of(Role.ADMIN));
        TestAccounts.add(app, "figures-viewer", "figures-viewer-password", Set.of(Role.VIEWER));
        JsonNode before = JsonMapper.builder().build().readTree(figures("figures-admin:figures-admin-password").body());

        AtlasLoad.UiSession session = AtlasLoad.UiSession.open("http://127.0.0.1:" + port, java.net.InetAddress.getLoopbackAddress());
        session.moveMap(35.4, 40.2, 9);
        session.moveMap(35.1, 40.6, 8);

        HttpResponse<String> answer = figures("figures-admin:figures-admin-password");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode after = JsonMapper.builder().build().readTree(answer.body());
        assertThat(after.get("count").asLong() - before.get("count").asLong()).as("navigate + two map moves").isEqualTo(3);
        assertThat(after.get("p50Ms").asDouble()).isPositive();
        assertThat(after.get("maxMs").asDouble()).isGreaterThanOrEqualTo(after.get("p99Ms").asDouble() / 1.19);
        List<Long> counts = new ArrayList<>();
        after.get("bucketCounts").forEach(c -> counts.add(c.asLong()));
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(after.get("count").asLong());

        assertThat(figures(null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(figures("figures-viewer:figures-viewer-password").statusCode()).as("a viewer").isEqualTo(403);
    }
}
