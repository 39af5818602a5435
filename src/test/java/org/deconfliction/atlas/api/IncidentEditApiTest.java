package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.deconfliction.atlas.security.UserAdministration;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing incidents over real HTTP (OGC API – Features Part 4): create, read with its ETag, merge-patch, a stale
 * replace refused with 412 saying what changed, a soft delete whose history stays readable, and the refusals of
 * anonymous visitors, viewers and bad bodies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentEditApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ITEMS = "/api/collections/incidents/items";

    @LocalServerPort
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    UserAdministration administration;

    /** This context's holder of the current user: the global one may belong to another cached test context. */
    @Autowired
    SecurityContextHolderStrategy currentUser;

    @BeforeEach
    void users() {
        for (Role role : new Role[] {Role.VIEWER, Role.EDITOR}) {
            TestAccounts.add(administration, currentUser, "api-" + role.label(), role.label() + "-secret", Set.of(role));
        }
    }

    /** A valid new incident: a shipped one's values under a fresh id. */
    private ObjectNode newIncident(String id) {
        ObjectNode feature = IncidentGeoJson.feature(incidents.findAll().getFirst());
        feature.put("id", id);
        return feature;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder as(Role role, HttpRequest.Builder request) {
        String token = Base64.getEncoder().encodeToString(("api-" + role.label() + ":" + role.label() + "-secret")
                .getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    private HttpRequest.Builder post(Object body) {
        return request(ITEMS).header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void anEditorCreatesPatchesAndDeletesAnIncidentWhoseHistoryStaysReadable() throws Exception {
        String id = "api-edit-" + UUID.randomUUID();
        HttpResponse<String> created = send(as(Role.EDITOR, post(newIncident(id))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ITEMS + "/" + id));
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> read = send(request(ITEMS + "/" + id));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(read).get("properties").get("title").asString()).isEqualTo(newIncident(id)
                .get("properties").get("title").asString());

        HttpResponse<String> patched = send(as(Role.EDITOR, request(ITEMS + "/" + id + "?comment=retitled")
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"1\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"properties\":{\"title\":\"Retitled\"}}"))));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(patched).get("properties").get("title").asString()).isEqualTo("Retitled");
        assertThat(json(patched).get("properties").get("summary").asString())
                .isEqualTo(newIncident(id).get("properties").get("summary").asString());

        ObjectNode replacement = newIncident(id);
        ((ObjectNode) replacement.get("properties")).put("title", "Stale title");
        HttpResponse<String> stale = send(as(Role.EDITOR, request(ITEMS + "/" + id)
                .header("Content-Type", "application/geo+json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(replacement.toString()))));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode conflict = json(stale);
        assertThat(conflict.get("currentVersion").asLong()).isEqualTo(2);
        assertThat(conflict.get("changedBy").asString()).isEqualTo("api-editor");
        assertThat(conflict.get("changes").get(0).get("field").asString()).isEqualTo("title");
        assertThat(conflict.get("changes").get(0).get("after").asString()).isEqualTo("\"Retitled\"");
        assertThat(json(send(request(ITEMS + "/" + id))).get("properties").get("title").asString()).isEqualTo("Retitled");

        HttpResponse<String> deleted = send(as(Role.EDITOR, request(ITEMS + "/" + id).header("If-Match", "\"2\"").DELETE()));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(send(request(ITEMS + "/" + id)).statusCode()).isEqualTo(404);

        HttpResponse<String> history = send(request(ITEMS + "/" + id + "/history"));
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode versions = json(history).get("versions");
        assertThat(versions).hasSize(3);
        assertThat(versions.findValuesAsString("kind")).containsExactly("created", "updated", "deleted");
        assertThat(versions.get(1).get("by").asString()).isEqualTo("api-editor");
        assertThat(versions.get(1).get("comment").asString()).isEqualTo("retitled");
        assertThat(versions.get(1).get("changes").get(0).get("field").asString()).isEqualTo("title");
        assertThat(versions.get(2).get("values").get("properties").get("title").asString()).isEqualTo("Retitled");
        assertThat(json(history).get("deleted").asBoolean()).isTrue();
    }

    @Test
    void writesWithoutTheEditorRoleAreRefused() throws Exception {
        HttpResponse<String> anonymous = send(post(newIncident("api-anonymous")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = send(as(Role.VIEWER, post(newIncident("api-viewer"))));
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(send(request(ITEMS + "/api-viewer")).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadBodyIsA400ProblemNamingTheField() throws Exception {
        ObjectNode feature = newIncident("api-bad-" + UUID.randomUUID());
        ((ObjectNode) feature.get("properties")).put("category", "picnic");
        HttpResponse<String> refused = send(as(Role.EDITOR, post(feature)));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("field").asString()).isEqualTo("category");
        assertThat(problem.get("detail").asString()).contains("'category'").contains("picnic");

        HttpResponse<String> notJson = send(as(Role.EDITOR, post("{\"type\":")));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void anUnknownIdIs404ForReadsAndWrites() throws Exception {
        assertThat(send(request(ITEMS + "/no-such-incident")).statusCode()).isEqualTo(404);
        assertThat(send(request(ITEMS + "/no-such-incident/history")).statusCode()).isEqualTo(404);
        assertThat(send(as(Role.EDITOR, request(ITEMS + "/no-such-incident").DELETE())).statusCode()).isEqualTo(404);
    }

    @Test
    void anEditorRestoresAnEarlierVersionOverHttpAlsoAfterADelete() throws Exception {
        String id = "api-restore-" + UUID.randomUUID();
        assertThat(send(as(Role.EDITOR, post(newIncident(id)))).statusCode()).isEqualTo(201);
        assertThat(send(as(Role.EDITOR, request(ITEMS + "/" + id).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"properties\":{\"title\":\"Second\"}}"))))
                .statusCode()).isEqualTo(200);
        assertThat(send(as(Role.EDITOR, request(ITEMS + "/" + id).DELETE())).statusCode()).isEqualTo(204);

        HttpResponse<String> stale = send(as(Role.EDITOR, request(ITEMS + "/" + id + "/history/1/restore")
                .header("If-Match", "\"2\"").POST(HttpRequest.BodyPublishers.noBody())));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(3);
        assertThat(send(as(Role.EDITOR, request(ITEMS + "/" + id + "/history/9/restore")
                .POST(HttpRequest.BodyPublishers.noBody()))).statusCode()).isEqualTo(404);

        HttpResponse<String> restored = send(as(Role.EDITOR, request(ITEMS + "/" + id + "/history/1/restore?comment=back")
                .header("If-Match", "\"3\"").POST(HttpRequest.BodyPublishers.noBody())));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(restored.headers().firstValue("ETag")).hasValue("\"4\"");
        HttpResponse<String> read = send(request(ITEMS + "/" + id));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).at("/properties/title").asString()).isEqualTo(newIncident(id).at("/properties/title").asString());
        assertThat(incidents.findById(id)).isPresent();
        JsonNode last = json(send(request(ITEMS + "/" + id + "/history"))).at("/versions/3");
        assertThat(last.get("kind").asString()).isEqualTo("restored");
        assertThat(last.get("restoredFrom").asLong()).isEqualTo(1);
        assertThat(last.get("comment").asString()).isEqualTo("back");
        assertThat(send(as(Role.EDITOR, request(ITEMS + "/" + id).DELETE())).statusCode()).isEqualTo(204);
    }
}
