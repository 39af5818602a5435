package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The collections API over real HTTP, against the geodata shipped in {@code geodata/}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CollectionsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsTheReferenceLayersWithLinksToTheirItems() throws Exception {
        HttpResponse<String> response = get("/api/collections");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        List<String> ids = new ArrayList<>();
        body.get("collections").forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).contains("sites", "rivers", "lines", "zones");
        JsonNode sites = body.get("collections").get(0);
        assertThat(sites.get("links").findValuesAsString("rel")).contains("self", "items");
        assertThat(sites.get("links").findValuesAsString("href"))
                .contains("http://localhost:" + port + "/api/collections/sites/items");
    }

    @Test
    void servesTheSitesAsGeoJsonWithTheNamedPlaces() throws Exception {
        HttpResponse<String> response = get("/api/collections/sites/items");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/geo+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(body.get("features").findValuesAsString("id")).contains("conoco", "al-tanf", "qamishli", "al-omar");
        assertThat(body.get("numberReturned").asInt()).isEqualTo(body.get("features").size()).isGreaterThanOrEqualTo(20);
        JsonNode conoco = feature(body, "conoco");
        assertThat(conoco.at("/geometry/type").asString()).isEqualTo("Point");
        assertThat(conoco.at("/properties/kind").asString()).isEqualTo("oil-gas-field");
        assertThat(conoco.at("/properties/sources/0/seed").asString()).matches("\\d{3}_[0-9a-f]{16}\\.txt");
    }

    @Test
    void servesTheEuphratesAsOneLineInLongitudeLatitudeOrder() throws Exception {
        JsonNode river = feature(JSON.readTree(get("/api/collections/rivers/items").body()), "euphrates");

        assertThat(river.at("/geometry/type").asString()).isEqualTo("LineString");
        JsonNode first = river.at("/geometry/coordinates/0");
        // Upstream end in Turkey: longitude about 37.9 E, latitude about 37.3 N.
        assertThat(first.get(0).asDouble()).isBetween(37.0, 38.5);
        assertThat(first.get(1).asDouble()).isBetween(36.8, 37.6);
        assertThat(river.at("/geometry/coordinates").size()).isGreaterThan(500);
    }

    @Test
    void servesTheAlTanfZoneAsAGeodesicCirclePolygon() throws Exception {
        JsonNode zone = feature(JSON.readTree(get("/api/collections/zones/items").body()), "al-tanf-deconfliction-zone");

        assertThat(zone.at("/geometry/type").asString()).isEqualTo("Polygon");
        assertThat(zone.at("/properties/radiusMetres").asDouble()).isEqualTo(55_000);
        JsonNode ring = zone.at("/geometry/coordinates/0");
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
    }

    @Test
    void answersAnUnknownCollectionWithAProblemNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/collections/tanks/items");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).contains("'tanks'");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.get("features")) {
            if (id.equals(feature.get("id").asString())) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id);
    }
}
