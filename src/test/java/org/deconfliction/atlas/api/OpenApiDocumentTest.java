package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Base64;
import java.util.UUID;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAdministration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI definition served at {@code /api/openapi} tells the truth: it lists exactly the operations the code
 * maps under {@code /api} (reading, the writes of Part 4 and the imports), every documented operation is exercised
 * here over HTTP, and each answer (successes and problems) has a status, media type and body that the definition
 * declares for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    SiteRepository sites;

    @Autowired
    UserAdministration administration;

    /** This context's holder of the current user: the global one may belong to another cached test context. */
    @Autowired
    SecurityContextHolderStrategy currentUser;

    private JsonNode definition;
    private final Set<String> exercised = new TreeSet<>();

    /**
     * A request of one documented operation and the status it must answer with: its body with its media type (none
     * when null) and the extra request headers, such as credentials and If-Match.
     */
    record Call(String method, String template, String pathAndQuery, byte[] body, String contentType,
            Map<String, String> headers, int status) {

        Call(String method, String template, String pathAndQuery, String formBody, int status) {
            this(method, template, pathAndQuery, formBody == null ? null : formBody.getBytes(StandardCharsets.UTF_8),
                    formBody == null ? null : "application/x-www-form-urlencoded", Map.of(), status);
        }
    }

    @BeforeEach
    void readTheDefinition() throws Exception {
        HttpResponse<String> response = send("GET", "/api/openapi", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.oai.openapi+json");
        definition = JSON.readTree(response.body());
        assertThat(definition.get("openapi").asText()).startsWith("3.0");
        assertThat(definition.at("/servers/0/url").asText()).isEqualTo("http://localhost:" + port + "/api");
    }

    @Test
    void documentsExactlyTheOperationsTheCodeMapsUnderApi() {
        Set<String> documented = documentedOperations();
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().equals(getClass().getPackageName()) && !method.getBeanType().getName().contains("Test")) {
                // Each controller names its path variable {id}: a collection, an incident or an import.
                String id = switch (method.getBeanType().getSimpleName()) {
                    case "IncidentEditController", "SiteEditController" -> "{featureId}";
                    case "ImportsController" -> "{importId}";
                    default -> "{collectionId}";
                };
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceFirst("^/api", "").replace("{id}", id);
                    for (var verb : info.getMethodsCondition().getMethods()) {
                        mapped.add(verb.name() + " " + (path.isEmpty() ? "/" : path));
                    }
                }
            }
        });
        mapped.remove("GET /"); // "/api/" is the same landing page as "/api"
        mapped.add("GET /");
        // The incidents' own items path is a documented refinement of the generic items path.
        mapped.add("GET /collections/incidents/items");
        mapped.remove("POST /collections/{collectionId}/items");
        // One incident is read as every collection's item is; its writes are the incidents' own.
        mapped.remove("GET /collections/incidents/items/{featureId}");
        mapped.remove("GET /collections/sites/items/{featureId}");
        assertThat(documented).isEqualTo(mapped);
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        String region = URLEncoder.encode("POLYGON ((39.9 35.1, 40.6 35.1, 40.6 35.5, 39.9 35.5, 39.9 35.1))", StandardCharsets.UTF_8);
        List<Call> calls = new ArrayList<>(List.of(
                new Call("GET", "/", "/api", null, 200),
                new Call("GET", "/", "/api/", null, 200),
                new Call("GET", "/", "/api?unknown=1", null, 400),
                new Call("GET", "/conformance", "/api/conformance", null, 200),
                new Call("GET", "/collections", "/api/collections", null, 200),
                new Call("GET", "/collections/{collectionId}", "/api/collections/incidents", null, 200),
                new Call("GET", "/collections/{collectionId}", "/api/collections/tanks", null, 404),
                new Call("GET", "/collections/{collectionId}/items", "/api/collections/sites/items?limit=5&bbox=38,33,42,37", null, 200),
                new Call("GET", "/collections/{collectionId}/items", "/api/collections/zones/items?crs=http://www.opengis.net/def/crs/EPSG/0/3857", null, 200),
                new Call("GET", "/collections/{collectionId}/items", "/api/collections/rivers/items?skipGeometry=true", null, 200),
                new Call("GET", "/collections/{collectionId}/items", "/api/collections/lines/items?limit=0", null, 400),
                new Call("GET", "/collections/{collectionId}/items", "/api/collections/tanks/items", null, 404),
                new Call("GET", "/collections/incidents/items", "/api/collections/incidents/items?side=east&sortby=-dateStart&limit=3", null, 200),
                new Call("GET", "/collections/incidents/items", "/api/collections/incidents/items?bank=east", null, 400),
                new Call("POST", "/collections/incidents/items", "/api/collections/incidents/items", "region=" + region, 200),
                new Call("POST", "/collections/incidents/items", "/api/collections/incidents/items", "region=x", 400),
                new Call("GET", "/collections/{collectionId}/items/{featureId}", "/api/collections/sites/items/al-tanf", null, 200),
                new Call("GET", "/collections/{collectionId}/items/{featureId}", "/api/collections/sites/items/no-such-site", null, 404),
                new Call("GET", "/analysis/point", "/api/analysis/point?lat=35.3&lon=40.3", null, 200),
                new Call("GET", "/analysis/point", "/api/analysis/point?lat=35.3", null, 400),
                new Call("GET", "/exports/incidents.gpkg", "/api/exports/incidents.gpkg?side=east", null, 200),
                new Call("GET", "/exports/incidents.gpkg", "/api/exports/incidents.gpkg?near=atlantis", null, 400),
                new Call("GET", "/exports/incidents.acled.csv", "/api/exports/incidents.acled.csv?nearRiver=10", null, 200),
                new Call("GET", "/exports/incidents.acled.csv", "/api/exports/incidents.acled.csv?unknown=1", null, 400),
                new Call("GET", "/exports/incidents.acled.csv", "/api/exports/incidents.acled.csv?side=east", null, 200),
                new Call("GET", "/exports/incidents.acled.csv", "/api/exports/incidents.acled.csv?limit=5", null, 400),
                new Call("GET", "/exports/incidents.gpkg", "/api/exports/incidents.gpkg?zone=al-tanf-deconfliction-zone", null, 200),
                new Call("GET", "/exports/incidents.gpkg", "/api/exports/incidents.gpkg?zone=atlantis", null, 400),
                new Call("GET", "/openapi", "/api/openapi", null, 200),
                new Call("GET", "/docs", "/api/docs", null, 200)));
        calls.addAll(extraCalls());
        for (Call call : calls) {
            check(call);
        }
        Set<String> reads = new TreeSet<>(documentedOperations());
        reads.removeAll(writeOperations());
        assertThat(exercised).isEqualTo(reads);
    }

    /** Calls of the queryables. */
    List<Call> extraCalls() {
        return List.of(
                new Call("GET", "/collections/{collectionId}/queryables", "/api/collections/incidents/queryables", null, 200),
                new Call("GET", "/collections/{collectionId}/queryables", "/api/collections/tanks/queryables", null, 404));
    }

    /**
     * The writes of OGC API – Features Part 4 on incidents and the imports, as an editor, each refusal included; what
     * they create is deleted or undone again before the test ends, so other tests of this context see the shipped data.
     */
    @Test
    void everyDocumentedWriteAndImportAnswersAsDocumented() throws Exception {
        editor();
        String items = "/api/collections/incidents/items";
        String feature = "/collections/incidents/items/{featureId}";
        String id = "openapi-" + UUID.randomUUID();
        tools.jackson.databind.node.ObjectNode incident = IncidentGeoJson.feature(incidents.findAll().getFirst());
        incident.put("id", id);
        byte[] body = incident.toString().getBytes(StandardCharsets.UTF_8);
        check(new Call("POST", "/collections/incidents/items", items, body, "application/geo+json", Map.of(), 401));
        check(new Call("POST", "/collections/incidents/items", items + "?comment=documented", body, "application/geo+json", EDITOR, 201));
        check(new Call("POST", "/collections/incidents/items", items, body, "application/geo+json", EDITOR, 409));
        check(new Call("GET", feature + "/history", items + "/" + id + "/history", null, null, Map.of(), 200));
        check(new Call("GET", feature + "/history", items + "/no-such-incident/history", null, null, Map.of(), 404));
        ((tools.jackson.databind.node.ObjectNode) incident.get("properties")).put("title", "Replaced through the API");
        byte[] replaced = incident.toString().getBytes(StandardCharsets.UTF_8);
        check(new Call("PUT", feature, items + "/" + id, replaced, "application/geo+json", with("If-Match", "\"1\""), 200));
        check(new Call("PUT", feature, items + "/" + id, replaced, "application/geo+json", with("If-Match", "\"1\""), 412));
        check(new Call("PUT", feature, items + "/" + id, "{}".getBytes(StandardCharsets.UTF_8), "application/geo+json", EDITOR, 400));
        byte[] patch = "{\"properties\":{\"title\":\"Patched through the API\"}}".getBytes(StandardCharsets.UTF_8);
        check(new Call("PATCH", feature, items + "/" + id, patch, "application/merge-patch+json", EDITOR, 200));
        check(new Call("PATCH", feature, items + "/" + id, patch, "application/merge-patch+json", Map.of(), 401));
        check(new Call("PATCH", feature, items + "/no-such-incident", patch, "application/merge-patch+json", EDITOR, 404));
        check(new Call("DELETE", feature, items + "/" + id, null, null, Map.of(), 401));
        check(new Call("DELETE", feature, items + "/" + id + "?comment=done", null, null, EDITOR, 204));
        check(new Call("DELETE", feature, items + "/" + id, null, null, EDITOR, 404));
        restores(items, feature + "/history/{version}/restore", id, 4);
        sites();

        String csv = "id,title,date,latitude,longitude,category\r\n"
                + "openapi-1,Rocket attack near the base,2019-01-02,35.1,40.4,drone\r\n"
                + "openapi-2,No place,2019-01-02,,,drone\r\n";
        check(new Call("POST", "/imports", "/api/imports", multipart(csv, "csv", "true", "valid-only"), MULTIPART, EDITOR, 200));
        check(new Call("POST", "/imports", "/api/imports", multipart(csv, "shapefile", "true", "valid-only"), MULTIPART, EDITOR, 400));
        check(new Call("POST", "/imports", "/api/imports", multipart(csv, "csv", "false", "valid-only"), MULTIPART, Map.of(), 401));
        long imported = JSON.readTree(check(new Call("POST", "/imports", "/api/imports",
                multipart(csv, "csv", "false", "valid-only"), MULTIPART, EDITOR, 201)).body()).get("id").asLong();
        check(new Call("GET", "/imports", "/api/imports", null, null, EDITOR, 200));
        check(new Call("GET", "/imports/{importId}", "/api/imports/" + imported, null, null, EDITOR, 200));
        check(new Call("GET", "/imports/{importId}", "/api/imports/987654321", null, null, EDITOR, 404));
        check(new Call("GET", "/imports/{importId}/rejects", "/api/imports/" + imported + "/rejects", null, null, EDITOR, 200));
        check(new Call("DELETE", "/imports/{importId}", "/api/imports/" + imported, null, null, EDITOR, 200));
        check(new Call("DELETE", "/imports/{importId}", "/api/imports/987654321", null, null, EDITOR, 404));

        assertThat(exercised).containsAll(writeOperations()).contains("POST /collections/incidents/items");
    }

    /** Restores of version 1 of a deleted item at version {@code deleted}, each refusal included; deleted again after. */
    private void restores(String items, String restore, String id, int deleted) throws Exception {
        String path = items + "/" + id + "/history/1/restore";
        check(new Call("POST", restore, path, null, null, Map.of(), 401));
        check(new Call("POST", restore, items + "/" + id + "/history/99/restore", null, null, EDITOR, 404));
        check(new Call("POST", restore, path + "?comment=back", null, null, with("If-Match", "\"" + deleted + "\""), 200));
        check(new Call("POST", restore, path, null, null, with("If-Match", "\"" + deleted + "\""), 412));
        check(new Call("DELETE", items.replace("/api", "") + "/{featureId}", items + "/" + id, null, null, EDITOR, 204));
    }

    /** The sites' writes, as the incidents' above, and the refused delete of a site that incidents name. */
    private void sites() throws Exception {
        String items = "/api/collections/sites/items";
        String feature = "/collections/sites/items/{featureId}";
        String id = "openapi-site-" + UUID.randomUUID();
        tools.jackson.databind.node.ObjectNode site = SiteGeoJson.feature(sites.findById("al-omar").orElseThrow());
        site.put("id", id);
        ((tools.jackson.databind.node.ObjectNode) site.get("properties")).put("name", "Documented outpost");
        byte[] body = site.toString().getBytes(StandardCharsets.UTF_8);
        check(new Call("POST", "/collections/sites/items", items, body, "application/geo+json", Map.of(), 401));
        check(new Call("POST", "/collections/sites/items", items + "?comment=documented", body, "application/geo+json", EDITOR, 201));
        check(new Call("POST", "/collections/sites/items", items, body, "application/geo+json", EDITOR, 409));
        check(new Call("POST", "/collections/sites/items", items, "{}".getBytes(StandardCharsets.UTF_8), "application/geo+json", EDITOR, 400));
        check(new Call("GET", feature + "/history", items + "/" + id + "/history", null, null, Map.of(), 200));
        check(new Call("GET", feature + "/history", items + "/no-such-site/history", null, null, Map.of(), 404));
        ((tools.jackson.databind.node.ObjectNode) site.get("properties")).put("name", "Replaced outpost");
        byte[] replaced = site.toString().getBytes(StandardCharsets.UTF_8);
        check(new Call("PUT", feature, items + "/" + id, replaced, "application/geo+json", with("If-Match", "\"1\""), 200));
        check(new Call("PUT", feature, items + "/" + id, replaced, "application/geo+json", with("If-Match", "\"1\""), 412));
        check(new Call("PUT", feature, items + "/" + id, "{}".getBytes(StandardCharsets.UTF_8), "application/geo+json", EDITOR, 400));
        byte[] patch = "{\"properties\":{\"name\":\"Patched outpost\"}}".getBytes(StandardCharsets.UTF_8);
        check(new Call("PATCH", feature, items + "/" + id, patch, "application/merge-patch+json", EDITOR, 200));
        check(new Call("PATCH", feature, items + "/" + id, patch, "application/merge-patch+json", Map.of(), 401));
        check(new Call("PATCH", feature, items + "/no-such-site", patch, "application/merge-patch+json", EDITOR, 404));
        check(new Call("DELETE", feature, items + "/" + id, null, null, Map.of(), 401));
        check(new Call("DELETE", feature, items + "/al-omar", null, null, EDITOR, 409));
        check(new Call("DELETE", feature, items + "/" + id + "?comment=done", null, null, EDITOR, 204));
        check(new Call("DELETE", feature, items + "/" + id, null, null, EDITOR, 404));
        restores(items, feature + "/history/{version}/restore", id, 4);
    }

    /** The documented operations that change data or need an editor (beside the items POST, which also reads). */
    private Set<String> writeOperations() {
        Set<String> writes = new TreeSet<>(documentedOperations());
        writes.removeIf(operation -> !operation.startsWith("PUT") && !operation.startsWith("PATCH")
                && !operation.startsWith("DELETE") && !operation.contains("/imports") && !operation.contains("/history")
                && !operation.equals("POST /collections/sites/items"));
        return writes;
    }

    private static final String MULTIPART = "multipart/form-data; boundary=documented-boundary";
    private static final Map<String, String> EDITOR = Map.of("Authorization", "Basic "
            + Base64.getEncoder().encodeToString("api-editor:editor-secret".getBytes(StandardCharsets.UTF_8)));

    private static Map<String, String> with(String header, String value) {
        Map<String, String> headers = new java.util.HashMap<>(EDITOR);
        headers.put(header, value);
        return headers;
    }

    private static byte[] multipart(String csv, String format, String dryRun, String mode) {
        StringBuilder body = new StringBuilder();
        for (String[] field : new String[][] {{"format", format}, {"dryRun", dryRun}, {"mode", mode}}) {
            body.append("--documented-boundary\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        body.append("--documented-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"points.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n--documented-boundary--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The editor the write calls sign in as, added once to this context's store by an admin. */
    private void editor() {
        currentUser.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                Role.ADMIN.included().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        try {
            if (administration.users().stream().noneMatch(user -> user.username().equals("api-editor"))) {
                administration.add("api-editor", "editor-secret", Set.of(Role.EDITOR));
            }
        } finally {
            currentUser.clearContext();
        }
    }

    @Test
    void everyDocumentedItemsParameterIsUnderstoodAndNoOtherIs() throws Exception {
        Map<String, String> samples = Map.ofEntries(Map.entry("bbox", "35,32,44.5,37.5"), Map.entry("bbox-crs", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
                Map.entry("datetime", "2018-01-01/.."), Map.entry("limit", "5"), Map.entry("offset", "1"),
                Map.entry("crs", "http://www.opengis.net/def/crs/EPSG/0/4326"), Map.entry("sortby", "-dateStart"),
                Map.entry("properties", "title"), Map.entry("skipGeometry", "true"), Map.entry("filter", "category='drone'"),
                Map.entry("filter-lang", "cql2-text"), Map.entry("filter-crs", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
                Map.entry("f", "json"), Map.entry("side", "east"), Map.entry("near", "al-tanf"), Map.entry("nearRiver", "5"),
                Map.entry("zone", "al-tanf-deconfliction-zone"), Map.entry("region", "POLYGON ((39.9 35.1, 40.6 35.1, 40.6 35.5, 39.9 35.1))"));
        for (JsonNode p : definition.at("/paths/~1collections~1incidents~1items/get/parameters")) {
            JsonNode parameter = resolve(p);
            String name = parameter.get("name").asText();
            if (name.equals("km")) {
                continue;
            }
            String query = name + "=" + URLEncoder.encode(samples.get(name), StandardCharsets.UTF_8) + (name.equals("near") ? "&km=55" : "");
            HttpResponse<String> response = send("GET", "/api/collections/incidents/items?" + query, null, null);
            assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
        }
        HttpResponse<String> undocumented = send("GET", "/api/collections/incidents/items?category=drone", null, null);
        assertThat(undocumented.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(undocumented.body()).get("parameter").asText()).isEqualTo("category");
    }

    private HttpResponse<String> check(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.pathAndQuery()))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        call.headers().forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s: %s", call.method(), call.pathAndQuery(), response.body()).isEqualTo(call.status());
        JsonNode operation = definition.get("paths").get(call.template()).get(call.method().toLowerCase());
        assertThat(operation).as("documented: %s %s", call.method(), call.template()).isNotNull();
        JsonNode documented = resolve(operation.get("responses").get(String.valueOf(call.status())));
        assertThat(documented).as("status %d documented for %s %s", call.status(), call.method(), call.template()).isNotNull();
        exercised.add(call.method() + " " + call.template());
        if (call.status() == 204) {
            assertThat(response.body()).isEmpty();
            assertThat(documented.has("content")).as("no content documented for a 204").isFalse();
            return response;
        }
        String type = response.headers().firstValue("Content-Type").orElseThrow().replaceAll(";\\s*charset=.*$", "");
        JsonNode media = documented.get("content").get(type);
        assertThat(media).as("%s documented for %s %s %d", type, call.method(), call.template(), call.status()).isNotNull();
        if (type.contains("json")) {
            Set<ValidationMessage> errors = validator(media.get("schema")).validate(JSON.readTree(response.body()));
            assertThat(errors).as("%s %s", call.method(), call.pathAndQuery()).isEmpty();
        }
        return response;
    }

    private com.networknt.schema.JsonSchema validator(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", jsonSchema(definition.get("components").deepCopy()));
        root.setAll((ObjectNode) jsonSchema(schema.deepCopy()));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    /** An OpenAPI 3.0 schema as JSON Schema: {@code nullable: true} becomes "or null". */
    private static JsonNode jsonSchema(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(jsonSchema(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JSON.createObjectNode();
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("nullable")) {
                copy.set(field.getKey(), jsonSchema(field.getValue()));
            }
        });
        if (node.path("nullable").asBoolean(false)) {
            ObjectNode either = JSON.createObjectNode();
            either.putArray("anyOf").add(JSON.createObjectNode().put("type", "null")).add(copy);
            return either;
        }
        return copy;
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        definition.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    private JsonNode resolve(JsonNode node) {
        return node != null && node.has("$ref") ? definition.at(node.get("$ref").asText().substring(1)) : node;
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
