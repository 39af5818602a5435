package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The collections API over real HTTP, against the geodata shipped in {@code geodata/}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CollectionsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    IncidentRepository incidents;

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return LocalApi.get(port, path);
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

    @Test
    void pagesThroughTheIncidentsWithNextAndPreviousLinks() throws Exception {
        JsonNode first = JSON.readTree(get("/api/collections/incidents/items?limit=10").body());

        assertThat(first.get("numberReturned").asInt()).isEqualTo(10);
        assertThat(first.get("numberMatched").asInt()).isEqualTo(incidents.findAll().size());
        String next = link(first, "next");
        assertThat(next).contains("offset=10").contains("limit=10");

        JsonNode second = JSON.readTree(get(next.substring(next.indexOf("/api"))).body());
        assertThat(second.get("features").get(0).get("id").asString()).isEqualTo(incidents.findAll().get(10).id());
        assertThat(link(second, "prev")).contains("offset=0");
    }

    @Test
    void theLastPageHasNoNextLink() throws Exception {
        int total = incidents.findAll().size();
        JsonNode last = JSON.readTree(get("/api/collections/incidents/items?limit=10&offset=" + (total - 3)).body());

        assertThat(last.get("numberReturned").asInt()).isEqualTo(3);
        assertThat(last.get("links").findValuesAsString("rel")).doesNotContain("next");
    }

    @Test
    void filtersIncidentsByDateIntervalCountingUncertainDatesThatOverlapIt() throws Exception {
        JsonNode february2018 = JSON.readTree(get("/api/collections/incidents/items?datetime=2018-02-01/2018-02-28").body());
        JsonNode from2021 = JSON.readTree(get("/api/collections/incidents/items?datetime=2021-01-01/..&limit=1000").body());

        assertThat(february2018.get("features").findValuesAsString("id")).contains("battle-of-khasham-2018");
        for (JsonNode feature : from2021.get("features")) {
            assertThat(feature.at("/properties/date/end").asString()).isGreaterThanOrEqualTo("2021-01-01");
        }
        assertThat(from2021.get("numberMatched").asInt())
                .isEqualTo((int) incidents.findAll().stream().filter(i -> !i.date().end().isBefore(java.time.LocalDate.of(2021, 1, 1))).count());
    }

    @Test
    void filtersByBoundingBoxInLongitudeLatitudeOrder() throws Exception {
        // A box around al-Tanf: 38.3–38.9 E, 33.3–33.7 N.
        JsonNode sites = JSON.readTree(get("/api/collections/sites/items?bbox=38.3,33.3,38.9,33.7").body());
        JsonNode incidentsThere = JSON.readTree(get("/api/collections/incidents/items?bbox=38.3,33.3,38.9,33.7").body());

        assertThat(sites.get("features").findValuesAsString("id")).contains("al-tanf").doesNotContain("conoco");
        assertThat(incidentsThere.get("features").findValuesAsString("id")).contains("al-tanf-drone-attack-2021");
        for (JsonNode feature : incidentsThere.get("features")) {
            assertThat(feature.at("/geometry/coordinates/0").asDouble()).isBetween(38.3, 38.9);
            assertThat(feature.at("/geometry/coordinates/1").asDouble()).isBetween(33.3, 33.7);
        }
    }

    @Test
    void refusesUnusableParametersWithAProblemNamingEach() throws Exception {
        String[][] cases = {
                {"bbox=38.3,33.3,38.9", "bbox"},
                {"bbox=38.3,95,38.9,96", "bbox"},
                {"bbox=east,33.3,38.9,33.7", "bbox"},
                {"datetime=2019-02-30", "datetime"},
                {"datetime=2019-03-01/2019-02-01", "datetime"},
                {"limit=0", "limit"},
                {"limit=lots", "limit"},
                {"offset=-1", "offset"}};
        for (String[] c : cases) {
            HttpResponse<String> response = get("/api/collections/incidents/items?" + c[0]);

            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(c[0]).contains("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("parameter").asString()).as(c[0]).isEqualTo(c[1]);
            assertThat(problem.get("detail").asString()).as(c[0]).startsWith("Parameter '" + c[1] + "'");
        }
    }

    @Test
    void startsAtALandingPageThatDeclaresTheConformanceClasses() throws Exception {
        JsonNode landing = JSON.readTree(get("/api").body());
        JsonNode conformance = JSON.readTree(get("/api/conformance").body());

        assertThat(link(landing, "data")).endsWith("/api/collections");
        assertThat(link(landing, "conformance")).endsWith("/api/conformance");
        assertThat(conformance.get("conformsTo").toString())
                .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    }

    @Test
    void describesEachCollectionWithTheExtentOfItsData() throws Exception {
        JsonNode incidentsCollection = JSON.readTree(get("/api/collections/incidents").body());

        JsonNode bbox = incidentsCollection.at("/extent/spatial/bbox/0");
        double west = incidents.findAll().stream().mapToDouble(i -> i.location().getX()).min().orElseThrow();
        double north = incidents.findAll().stream().mapToDouble(i -> i.location().getY()).max().orElseThrow();
        assertThat(bbox.get(0).asDouble()).isEqualTo(west);
        assertThat(bbox.get(3).asDouble()).isEqualTo(north);
        assertThat(incidentsCollection.at("/extent/temporal/interval/0/0").asString()).startsWith("2014");
    }

    private static String link(JsonNode body, String rel) {
        for (JsonNode link : body.get("links")) {
            if (rel.equals(link.get("rel").asString())) {
                return link.get("href").asString();
            }
        }
        throw new AssertionError("no " + rel + " link");
    }
}
