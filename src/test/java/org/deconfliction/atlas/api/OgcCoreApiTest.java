package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OGC API – Features Part 1 Core over real HTTP: what the OGC test suite and GIS clients rely on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OgcCoreApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    IncidentRepository incidents;

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("<html").doesNotContain("Vaadin");
        return problem;
    }

    @Test
    void theLandingPageLinksTheOpenApiDefinitionAndItsDocumentation() throws Exception {
        JsonNode landing = json("/api");

        List<String> relations = landing.get("links").findValuesAsString("rel");
        assertThat(relations).contains("self", "service-desc", "service-doc", "conformance", "data");
        for (JsonNode link : landing.get("links")) {
            if (link.get("rel").asString().equals("service-desc")) {
                assertThat(link.get("type").asString()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
                HttpResponse<String> definition = send("GET", URI.create(link.get("href").asString()).getPath(), null);
                assertThat(JSON.readTree(definition.body()).get("openapi").asString()).startsWith("3.0");
            }
            if (link.get("rel").asString().equals("service-doc")) {
                HttpResponse<String> doc = send("GET", URI.create(link.get("href").asString()).getPath(), null);
                assertThat(doc.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
                assertThat(doc.body()).contains("/collections/{collectionId}/items");
            }
        }
        assertThat(json("/api/").toString()).isEqualTo(landing.toString());
        
        assertThat(json("/api/conformance").get("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/oas30", "ogcapi-features-1/1.0/conf/geojson");
    }

    @Test
    void oneFeatureByIdAndA404ProblemForAnUnknownId() throws Exception {
        HttpResponse<String> response = send("GET", "/api/collections/sites/items/al-tanf", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode feature = JSON.readTree(response.body());
        assertThat(feature.get("id").asString()).isEqualTo("al-tanf");
        assertThat(feature.get("links").findValuesAsString("rel")).contains("self", "collection");
        assertThat(json("/api/collections/sites/items/conoco").at("/properties/kind").asString()).isEqualTo("oil-gas-field");
        assertThat(json("/api/collections/rivers/items/euphrates").at("/geometry/type").asString()).isEqualTo("LineString");

        JsonNode unknown = problem(send("GET", "/api/collections/sites/items/no-such-site", null), 404);
        assertThat(unknown.get("detail").asString()).contains("'no-such-site'");
        problem(send("GET", "/api/collections/tanks/items/battle-of-khasham-2018", null), 404);
    }

    @Test
    void unknownPathsWrongMethodsAndUnacceptableTypesAreProblemsNeverThePage() throws Exception {
        for (String path : List.of("/api/nothing", "/api/collections/incidents/items/battle-of-khasham-2018/more", "/api/collections/sites/x/y",
                "/api/conformance/extra")) {
            assertThat(problem(send("GET", path, "text/html,application/xhtml+xml,*/*;q=0.8"), 404).get("detail").asString()).contains(path);
        }
        // Writing methods ask an anonymous client to sign in first (401); either way the answer is a problem.
        HttpResponse<String> put = send("PUT", "/api/collections/incidents/items", null);
        if (put.statusCode() == 405) {
            problem(put, 405);
            assertThat(put.headers().firstValue("Allow").orElseThrow()).contains("GET");
        } else {
            problem(put, 401);
        }
        assertThat(send("DELETE", "/api/collections/incidents/items/battle-of-khasham-2018", null).statusCode()).isIn(401, 405);
        problem(send("GET", "/api/collections/incidents/items", "text/csv"), 406);
        problem(send("GET", "/api/collections", "image/png"), 406);
    }

    @Test
    void unknownQueryParametersAreRefusedByName() throws Exception {
        JsonNode one = problem(send("GET", "/api/collections/incidents/items?category=raid", null), 400);
        assertThat(one.get("parameter").asString()).isEqualTo("category");
        JsonNode two = problem(send("GET", "/api/collections/sites/items?category=x&zone=al-tanf-deconfliction-zone", null), 400);
        assertThat(two.get("parameters").toString()).contains("category", "zone");
        assertThat(problem(send("GET", "/api/collections?limit=3", null), 400).get("parameter").asString()).isEqualTo("limit");
        assertThat(problem(send("GET", "/api/collections/incidents/items?f=csv", null), 400).get("parameter").asString()).isEqualTo("f");
    }

    @Test
    void theFormerBankParameterIsRefusedPointingAtSideAndTheProperty() throws Exception {
        JsonNode refused = problem(send("GET", "/api/collections/incidents/items?bank=east", null), 400);

        assertThat(refused.get("parameter").asString()).isEqualTo("bank");
        assertThat(refused.get("detail").asString()).contains("side=east").contains("filter=bank='east'");
        // side=east lists the uncertain ones too, whose bank property may be west: that is why it is not called bank.
        JsonNode east = json("/api/collections/incidents/items?side=east&limit=10000");
        for (JsonNode feature : east.get("features")) {
            JsonNode p = feature.get("properties");
            if (p.get("answer").asString().equals("inside")) {
                assertThat(p.get("bank").asString()).isEqualTo("east");
            } else {
                assertThat(p.get("bankCertainty").asString()).isEqualTo("uncertain");
            }
        }
    }

    @Test
    void aLimitAboveTheMaximumIsServedAtTheMaximum() throws Exception {
        JsonNode page = json("/api/collections/incidents/items?limit=1000000");

        assertThat(page.get("numberReturned").asInt()).isEqualTo(incidents.findAll().size());
        String self = page.get("links").get(0).get("href").asString();
        assertThat(self).contains("limit=1000000");
        assertThat(ItemsQuery.parse(java.util.Map.of("limit", "1000000")).limit()).isEqualTo(ItemsQuery.MAX_LIMIT);
    }

    @Test
    void boxesAcrossTheAntimeridianAndWithHeightsAreAccepted() throws Exception {
        JsonNode across = json("/api/collections/incidents/items?bbox=170,-80,-170,80");
        assertThat(across.get("numberMatched").asInt()).isZero();
        JsonNode wrapping = json("/api/collections/sites/items?bbox=30,32,-170,38&limit=1000");
        assertThat(wrapping.get("numberMatched").asInt()).isEqualTo(json("/api/collections/sites/items?limit=1000").get("numberMatched").asInt());

        JsonNode flat = json("/api/collections/incidents/items?bbox=38,34,42,37&limit=1000");
        JsonNode withHeights = json("/api/collections/incidents/items?bbox=38,34,-100,42,37,9000&limit=1000");
        assertThat(ids(withHeights)).isEqualTo(ids(flat)).isNotEmpty();
    }

    @Test
    void incidentsCarryFlatTypedDatesPrecisionsAndCasualtyBounds() throws Exception {
        JsonNode khasham = null;
        for (JsonNode f : json("/api/collections/incidents/items?limit=10000").get("features")) {
            if (f.get("id").asString().equals("battle-of-khasham-2018")) {
                khasham = f.get("properties");
            }
        }

        assertThat(khasham.get("dateStart").asString()).matches("\\d{4}-\\d{2}-\\d{2}").isEqualTo(khasham.at("/date/start").asString());
        assertThat(khasham.get("dateEnd").asString()).isEqualTo(khasham.at("/date/end").asString());
        assertThat(khasham.get("datePrecision").asString()).isEqualTo(khasham.at("/date/precision").asString());
        assertThat(khasham.get("locationPrecision").asString()).isEqualTo(khasham.at("/location/precision").asString());
        assertThat(khasham.get("uncertaintyMetres").asLong()).isEqualTo(khasham.at("/location/uncertaintyMetres").asLong());
        int min = 0;
        int max = 0;
        for (String side : List.of("sideA", "sideB", "civilians")) {
            JsonNode killed = khasham.at("/casualties/" + side + "/killed");
            if (killed.isObject()) {
                min += killed.get("min").asInt();
                max += killed.get("max").asInt();
            }
        }
        assertThat(khasham.get("killedMin").asInt()).isEqualTo(min);
        assertThat(khasham.get("killedMax").asInt()).isEqualTo(max).isGreaterThan(0);
    }

    @Test
    void theTemporalExtentComesFromTheData() throws Exception {
        JsonNode interval = json("/api/collections/incidents").at("/extent/temporal/interval/0");
        String first = incidents.findAll().stream().map(i -> i.date().start()).min(java.time.LocalDate::compareTo).orElseThrow().toString();
        String last = incidents.findAll().stream().map(i -> i.date().end()).max(java.time.LocalDate::compareTo).orElseThrow().toString();

        assertThat(interval.get(0).asString()).isEqualTo(first + "T00:00:00Z");
        assertThat(interval.get(1).asString()).isEqualTo(last + "T23:59:59Z");
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }
}
