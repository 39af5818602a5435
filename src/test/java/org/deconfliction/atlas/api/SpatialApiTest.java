package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incidents' spatial parameters and the point analysis over real HTTP, against the shipped geodata: the HTTP
 * answers are the query service's answers (what the map shows), and bad input is a 400 naming the parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpatialApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ITEMS = "/api/collections/incidents/items?limit=10000&";
    /** Around Deir ez-Zor and the Conoco field, longitude latitude order. */
    private static final String DEIR_EZ_ZOR = "POLYGON ((39.9 35.1, 40.6 35.1, 40.6 35.5, 39.9 35.5, 39.9 35.1))";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    IncidentQueryService queries;

    @Autowired
    ReferenceLayers reference;

    @Autowired
    SiteRepository sites;

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return LocalApi.get(port, pathAndQuery);
    }

    private JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private List<String> serviceIds(IncidentQuery query) {
        return queries.run(query).answers().stream().map(a -> a.incident().id()).toList();
    }

    private List<String> serviceIds(SpatialCondition condition) {
        return serviceIds(IncidentQuery.all().withSpatial(condition));
    }

    /** The HTTP answer to {@code query} lists the service's incidents in its order, each with the service's answer. */
    private JsonNode assertAgreesWithTheService(String query, SpatialCondition condition) throws Exception {
        JsonNode body = getJson(ITEMS + query);
        QueryResult expected = queries.run(IncidentQuery.all().withSpatial(condition));
        assertThat(ids(body)).as(query).isEqualTo(expected.answers().stream().map(a -> a.incident().id()).toList());
        assertThat(body.get("numberMatched").asInt()).isEqualTo(expected.total());
        Map<String, String> answers = new HashMap<>();
        expected.answers().forEach(a -> answers.put(a.incident().id(), IncidentItems.code(a.answer())));
        for (JsonNode feature : body.get("features")) {
            assertThat(feature.at("/properties/answer").asString()).as(query + " " + feature.get("id"))
                    .isEqualTo(answers.get(feature.get("id").asString())).isIn("inside", "uncertain");
        }
        return body;
    }

    @Test
    void theBanksOverHttpAreTheServiceAnswersWithKhashamEastAndShayratWest() throws Exception {
        JsonNode east = assertAgreesWithTheService("side=east", new SpatialCondition.OnBank(BankSide.EAST));
        JsonNode west = assertAgreesWithTheService("side=west", new SpatialCondition.OnBank(BankSide.WEST));

        assertThat(ids(east)).contains("battle-of-khasham-2018").doesNotContain("shayrat-missile-strike-2017");
        assertThat(ids(west)).contains("shayrat-missile-strike-2017").doesNotContain("battle-of-khasham-2018");
    }

    @Test
    void theDroneAttackOnAlTanfIsNearTheGarrisonAndInsideItsZone() throws Exception {
        JsonNode near = assertAgreesWithTheService("near=al-tanf&km=55", new SpatialCondition.NearSite("al-tanf", 55));
        JsonNode zone = assertAgreesWithTheService("zone=al-tanf-deconfliction-zone",
                new SpatialCondition.InZone("al-tanf-deconfliction-zone"));

        assertThat(ids(near)).contains("al-tanf-drone-attack-2021").doesNotContain("battle-of-khasham-2018");
        assertThat(ids(zone)).contains("al-tanf-drone-attack-2021").doesNotContain("battle-of-khasham-2018");
    }

    @Test
    void aRegionAroundDeirEzZorInLongitudeLatitudeOrderHoldsTheBattleOfKhasham() throws Exception {
        JsonNode region = assertAgreesWithTheService("region=" + encode(DEIR_EZ_ZOR),
                new SpatialCondition.InRegion(DrawnRegion.polygon(DEIR_EZ_ZOR)));

        assertThat(ids(region)).contains("battle-of-khasham-2018").doesNotContain("shayrat-missile-strike-2017",
                "al-tanf-drone-attack-2021");
    }

    @Test
    void nearTheRiverOverHttpIsTheServiceAnswer() throws Exception {
        JsonNode near = assertAgreesWithTheService("nearRiver=10", new SpatialCondition.NearRiver(10));

        assertThat(near.get("numberMatched").asInt()).isPositive();
    }

    @Test
    void aSpatialParameterCombinesWithDatesBoxAndPaging() throws Exception {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        IncidentQuery query = new IncidentQuery(IncidentFilter.all().withDates(from, to).withBbox(
                new org.locationtech.jts.geom.Envelope(38, 42, 34, 37)), new SpatialCondition.OnBank(BankSide.EAST));
        List<String> expected = serviceIds(query);
        assertThat(expected).hasSizeGreaterThan(3);

        List<String> paged = new ArrayList<>();
        String next = "/api/collections/incidents/items?side=east&datetime=2017-01-01/2019-12-31&bbox=38,34,42,37&limit=3";
        while (next != null) {
            JsonNode page = getJson(next);
            assertThat(page.get("numberMatched").asInt()).isEqualTo(expected.size());
            paged.addAll(ids(page));
            next = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").asString().equals("next")) {
                    String href = link.get("href").asString();
                    assertThat(href).contains("side=east");
                    next = href.substring(href.indexOf("/api"));
                }
            }
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void everyIncidentCarriesItsDerivedAttributesWithoutASpatialParameter() throws Exception {
        JsonNode all = getJson(ITEMS.substring(0, ITEMS.length() - 1));

        QueryResult expected = queries.run(IncidentQuery.all());
        assertThat(all.get("numberMatched").asInt()).isEqualTo(expected.total());
        Map<String, IncidentAnswer> answers = new HashMap<>();
        expected.answers().forEach(a -> answers.put(a.incident().id(), a));
        for (JsonNode feature : all.get("features")) {
            JsonNode p = feature.get("properties");
            IncidentAnswer answer = answers.get(feature.get("id").asString());
            assertThat(p.get("bank").asString()).isEqualTo(IncidentItems.code(answer.attributes().bank())).isIn("east", "west", "outside-area");
            assertThat(p.get("bankCertainty").asString()).isEqualTo(answer.attributes().bankCertain() ? "certain" : "uncertain");
            assertThat(p.get("riverDistanceKm").asDouble()).isCloseTo(answer.attributes().riverDistanceKm(),
                    org.assertj.core.data.Offset.offset(0.0005));
            assertThat(p.get("nearestSite").asString()).isEqualTo(answer.attributes().nearestSiteId());
            assertThat(p.get("nearestSiteKm").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(p.has("answer")).isFalse();
        }
        JsonNode khasham = feature(all, "battle-of-khasham-2018").get("properties");
        assertThat(khasham.get("bank").asString()).isEqualTo("east");
        assertThat(khasham.get("riverDistanceKm").asDouble()).isBetween(0.0, 15.0);
        assertThat(khasham.get("riverDistanceKm").toString()).matches("\\d+(\\.\\d{1,3})?");
    }

    @Test
    void aLongRegionCanBeSentAsAFormAndAnswersAsTheUrlDoes() throws Exception {
        HttpResponse<String> response = postForm("/api/collections/incidents/items", Map.of("region", DEIR_EZ_ZOR, "limit", "1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        List<String> expected = serviceIds(new SpatialCondition.InRegion(DrawnRegion.polygon(DEIR_EZ_ZOR)));
        assertThat(ids(body)).isEqualTo(expected.subList(0, 1));
        assertThat(body.get("numberMatched").asInt()).isEqualTo(expected.size());
        String next = null;
        for (JsonNode link : body.get("links")) {
            if (link.get("rel").asString().equals("next")) {
                next = link.get("href").asString();
            }
        }
        assertThat(next).isNotNull();
        assertThat(ids(getJson(next.substring(next.indexOf("/api"))))).isEqualTo(expected.subList(1, Math.min(2, expected.size())));
    }

    @Test
    void deirEzZorCityIsOnTheWestBankBesideTheRiver() throws Exception {
        JsonNode point = getJson("/api/analysis/point?lat=35.335&lon=40.14");

        assertThat(point.get("lat").asDouble()).isEqualTo(35.335);
        assertThat(point.get("lon").asDouble()).isEqualTo(40.14);
        assertThat(point.get("bank").asString()).isEqualTo("west");
        assertThat(point.get("riverDistanceKm").asDouble()).isBetween(0.0, 3.0);
        assertThat(point.get("deconflictionLineDistanceKm").asDouble()).isBetween(0.0, 3.0);
        assertThat(point.at("/nearestSite/id").asString()).isNotBlank();
        assertThat(point.at("/nearestSite/name").asString()).isNotBlank();
        assertThat(point.get("zones").isArray()).isTrue();
        assertThat(point.get("zones")).isEmpty();
    }

    @Test
    void khashamIsOnTheEastBank() throws Exception {
        assertThat(getJson("/api/analysis/point?lat=35.2986&lon=40.2933").get("bank").asString()).isEqualTo("east");
    }

    @Test
    void theAlTanfGarrisonIsInsideItsZoneAndIsItsOwnNearestSite() throws Exception {
        Site garrison = sites.findById("al-tanf").orElseThrow();
        JsonNode point = getJson("/api/analysis/point?lat=" + garrison.location().getY() + "&lon=" + garrison.location().getX());

        assertThat(point.get("zones").toString()).contains("\"al-tanf-deconfliction-zone\"");
        assertThat(point.at("/nearestSite/id").asString()).isEqualTo("al-tanf");
        assertThat(point.at("/nearestSite/name").asString()).isEqualTo(garrison.name());
        assertThat(point.at("/nearestSite/distanceKm").asDouble()).isLessThan(1.0);
        assertThat(point.get("bank").asString()).isEqualTo("west");
    }

    /**
     * Points 1 km to each side of the Euphrates, placed by GeographicLib perpendicular to straight reaches of the
     * river as shipped: left of the downstream direction is east.
     */
    @Test
    void pointsAKilometreEitherSideOfTheRiverAreOnTheBankTheyWerePlacedOn() throws Exception {
        Coordinate[] river = reference.river(SpatialAnalysis.EUPHRATES).orElseThrow().course().getCoordinates();
        int checked = 0;
        int last = -1_000;
        for (int i = 4; i < river.length - 4; i++) {
            Coordinate c = river[i];
            if (i - last < 60 || c.x < 35.5 || c.x > 44 || c.y < 32.5 || c.y > 37) {
                continue;
            }
            double downstream = Geodesic.WGS84.Inverse(river[i - 4].y, river[i - 4].x, river[i + 4].y, river[i + 4].x).azi1;
            if (!straight(river, i, downstream)) {
                continue;
            }
            last = i;
            GeodesicData left = Geodesic.WGS84.Direct(c.y, c.x, downstream - 90, 1000);
            GeodesicData right = Geodesic.WGS84.Direct(c.y, c.x, downstream + 90, 1000);
            JsonNode east = getJson("/api/analysis/point?lat=" + left.lat2 + "&lon=" + left.lon2);
            JsonNode west = getJson("/api/analysis/point?lat=" + right.lat2 + "&lon=" + right.lon2);

            assertThat(east.get("bank").asString()).as("left of vertex %d %s", i, c).isEqualTo("east");
            assertThat(west.get("bank").asString()).as("right of vertex %d %s", i, c).isEqualTo("west");
            assertThat(east.get("riverDistanceKm").asDouble()).as("left of vertex %d", i).isBetween(0.5, 1.001);
            assertThat(west.get("riverDistanceKm").asDouble()).as("right of vertex %d", i).isBetween(0.5, 1.001);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    /** Whether the river's segments for 4 vertices either side of vertex i all head within 30° of {@code azimuth}. */
    private static boolean straight(Coordinate[] river, int i, double azimuth) {
        for (int k = i - 4; k < i + 4; k++) {
            double segment = Geodesic.WGS84.Inverse(river[k].y, river[k].x, river[k + 1].y, river[k + 1].x).azi1;
            double turn = Math.abs(((segment - azimuth) % 360 + 540) % 360 - 180);
            if (turn > 30) {
                return false;
            }
        }
        return true;
    }

    @Test
    void refusesUnusableSpatialParametersWithAProblemNamingEach() throws Exception {
        String[][] cases = {
                {"region=" + encode("POLYGON ((39.9 35.1, 40.6 35.1"), "region"},
                {"region=" + encode("LINESTRING (39.9 35.1, 40.6 35.5)"), "region"},
                {"region=" + encode("POINT (40.1 35.3)"), "region"},
                {"region=" + encode("POLYGON ((40 35, 41 35, 41 36))"), "region"},
                {"region=" + encode("POLYGON ((40 35, 41 35, 42 35, 40 35))"), "region"},
                {"region=" + encode("POLYGON ((40 35, 41 35, 41 91, 40 35))"), "region"},
                {"region=" + encode("POLYGON ((-179 -85, 179 85, 179 -85, -179 85, -179 -84, 179 84, 179 -84, -179 84, -179 -85))"), "region"},
                {"region=", "region"},
                {"near=tanks&km=10", "near"},
                {"near=&km=10", "near"},
                {"near=al-tanf", "km"},
                {"near=al-tanf&km=0", "km"},
                {"near=al-tanf&km=-5", "km"},
                {"near=al-tanf&km=1001", "km"},
                {"near=al-tanf&km=far", "km"},
                {"near=al-tanf&km=NaN", "km"},
                {"km=10", "km"},
                {"side=east&km=10", "km"},
                {"zone=tanks", "zone"},
                {"side=north", "side"},
                {"side=", "side"},
                {"nearRiver=0", "nearRiver"},
                {"nearRiver=ten", "nearRiver"},
                {"nearRiver=Infinity", "nearRiver"},
                {"side=east&zone=al-tanf-deconfliction-zone", "side,zone"},
                {"bank=east", "bank"},
                {"near=al-tanf&km=55&region=" + encode(DEIR_EZ_ZOR) + "&nearRiver=5", "near,nearRiver,region"}};
        for (String[] c : cases) {
            assertProblem("/api/collections/incidents/items?" + c[0], c[1]);
        }
        JsonNode combined = JSON.readTree(get("/api/collections/incidents/items?side=east&nearRiver=5").body());
        assertThat(combined.get("parameters").toString()).isEqualTo("[\"side\",\"nearRiver\"]");
        assertThat(combined.get("detail").asString()).startsWith("Parameters 'side', 'nearRiver' cannot be combined");
    }

    @Test
    void refusesARegionOfMoreThanTenThousandVertices() throws Exception {
        StringJoiner ring = new StringJoiner(", ", "POLYGON ((", "))");
        int n = 10_001;
        for (int k = 0; k < n - 1; k++) {
            double angle = 2 * Math.PI * k / (n - 1);
            ring.add(String.format(java.util.Locale.ROOT, "%.5f %.5f", 40.1 + 0.3 * Math.cos(angle), 35.3 + 0.3 * Math.sin(angle)));
        }
        ring.add("40.40000 35.30000");

        HttpResponse<String> response = postForm("/api/collections/incidents/items", Map.of("region", ring.toString()));

        assertProblem(response, "region");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("10,001 vertices");
    }

    @Test
    void refusesUnusablePointsWithAProblemNamingTheCoordinate() throws Exception {
        String[][] cases = {
                {"lat=91&lon=40", "lat"},
                {"lat=-90.5&lon=40", "lat"},
                {"lat=35&lon=180.1", "lon"},
                {"lat=35&lon=-181", "lon"},
                {"lon=40", "lat"},
                {"lat=35", "lon"},
                {"", "lat"},
                {"lat=north&lon=40", "lat"},
                {"lat=35&lon=40E", "lon"},
                {"lat=NaN&lon=40", "lat"},
                {"lat=35&lon=", "lon"},
                // Outside the area of interest: 35–44.5°E, 32–37.5°N.
                {"lat=35&lon=34.9", "lon"},
                {"lat=35&lon=45", "lon"},
                {"lat=31.9&lon=40", "lat"},
                {"lat=38&lon=40", "lat"},
                {"lat=40.14&lon=35.335", "lat"}};
        for (String[] c : cases) {
            assertProblem("/api/analysis/point?" + c[0], c[1]);
        }
        JsonNode outside = JSON.readTree(get("/api/analysis/point?lat=38&lon=40").body());
        assertThat(outside.get("detail").asString()).contains("outside the area of interest (35–44.5°E, 32–37.5°N)");
    }

    private void assertProblem(String pathAndQuery, String parameter) throws Exception {
        assertProblem(get(pathAndQuery), parameter);
    }

    private static void assertProblem(HttpResponse<String> response, String parameter) {
        String request = response.request().uri().toString();
        assertThat(response.statusCode()).as(request + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(request).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(request).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).as(request + ": " + response.body()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).as(request).contains("'" + parameter.split(",")[0] + "'")
                .doesNotContain("Exception").doesNotContain("\tat ");
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
