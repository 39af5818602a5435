package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.api.ApiEditors.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAdministration;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editing sites over real HTTP as incidents are edited: create with {@code Location}, read with its {@code ETag},
 * merge patch, a stale replace refused with 412 naming what changed, 400 naming the field, a soft delete with its
 * history readable, a restore over HTTP, a site that incidents name kept, and the refusals without the editor role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteEditApiTest {

    private static final String ITEMS = "/api/collections/sites/items";

    @LocalServerPort
    int port;

    @Autowired
    SiteRepository sites;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecurityContextHolderStrategy currentUser;

    private ApiEditors api;

    @BeforeEach
    void users() {
        api = new ApiEditors(port, administration, currentUser);
    }

    /** A valid new site: a shipped one's values under a fresh id and name. */
    private ObjectNode newSite(String id) {
        ObjectNode feature = SiteGeoJson.feature(sites.findById("al-omar").orElseThrow());
        feature.put("id", id);
        ((ObjectNode) feature.get("properties")).put("name", "Outpost " + id);
        return feature;
    }

    private HttpRequest.Builder post(Object body) {
        return api.request(ITEMS).header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    @Test
    void anEditorCreatesPatchesDeletesAndRestoresASite() throws Exception {
        String id = "api-site-" + UUID.randomUUID();
        HttpResponse<String> created = api.send(api.as(Role.EDITOR, post(newSite(id))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(ITEMS + "/" + id));
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> read = api.send(api.request(ITEMS + "/" + id + "?crs=EPSG:3857"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(json(read).at("/geometry/coordinates/0").asDouble()).as("metres east").isGreaterThan(1_000_000);

        HttpResponse<String> patched = api.send(api.as(Role.EDITOR, api.request(ITEMS + "/" + id + "?comment=renamed")
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"1\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"properties\":{\"name\":\"Renamed outpost\"}}"))));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(json(patched).at("/properties/name").asString()).isEqualTo("Renamed outpost");
        assertThat(sites.findById(id)).hasValueSatisfying(site -> assertThat(site.name()).isEqualTo("Renamed outpost"));

        ObjectNode replacement = newSite(id);
        ((ObjectNode) replacement.get("properties")).put("name", "Stale name");
        HttpResponse<String> stale = api.send(api.as(Role.EDITOR, api.request(ITEMS + "/" + id)
                .header("Content-Type", "application/geo+json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(replacement.toString()))));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(stale).get("currentVersion").asLong()).isEqualTo(2);
        assertThat(json(stale).at("/changes/0/field").asString()).isEqualTo("name");

        HttpResponse<String> deleted = api.send(api.as(Role.EDITOR, api.request(ITEMS + "/" + id).header("If-Match", "\"2\"").DELETE()));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(api.send(api.request(ITEMS + "/" + id)).statusCode()).isEqualTo(404);
        assertThat(sites.findById(id)).isEmpty();

        JsonNode history = json(api.send(api.request(ITEMS + "/" + id + "/history")));
        assertThat(history.get("versions").valueStream().map(version -> version.get("kind").asString()))
                .containsExactly("created", "updated", "deleted");
        assertThat(history.at("/versions/1/comment").asString()).isEqualTo("renamed");
        assertThat(history.get("deleted").asBoolean()).isTrue();

        HttpResponse<String> restored = api.send(api.as(Role.EDITOR, api.request(ITEMS + "/" + id + "/history/2/restore")
                .header("If-Match", "\"3\"").POST(HttpRequest.BodyPublishers.noBody())));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(restored.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(json(restored).at("/properties/name").asString()).isEqualTo("Renamed outpost");
        assertThat(sites.findById(id)).isPresent();
        assertThat(json(api.send(api.request(ITEMS + "/" + id + "/history"))).at("/versions/3/restoredFrom").asLong()).isEqualTo(2);

        assertThat(api.send(api.as(Role.EDITOR, api.request(ITEMS + "/" + id).DELETE())).statusCode()).isEqualTo(204);
    }

    @Test
    void aBadBodyIsA400ProblemNamingTheField() throws Exception {
        ObjectNode feature = newSite("api-bad-site-" + UUID.randomUUID());
        ((ObjectNode) feature.get("properties")).put("kind", "picnic");
        HttpResponse<String> refused = api.send(api.as(Role.EDITOR, post(feature)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("title").asString()).isEqualTo("Invalid site");
        assertThat(json(refused).get("field").asString()).isEqualTo("kind");
        assertThat(json(refused).get("detail").asString()).contains("picnic");
        assertThat(sites.findById(feature.get("id").asString())).isEmpty();
    }

    @Test
    void aSiteThatIncidentsNameIsNotDeleted() throws Exception {
        HttpResponse<String> refused = api.send(api.as(Role.EDITOR, api.request(ITEMS + "/al-omar").DELETE()));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString()).contains("al-omar").contains("incidents");
        assertThat(json(refused).get("incidents")).isNotEmpty();
        assertThat(sites.findById("al-omar")).isPresent();
        assertThat(api.send(api.request(ITEMS + "/al-omar")).headers().firstValue("ETag")).hasValue("\"1\"");
    }

    @Test
    void writesWithoutTheEditorRoleAreRefused() throws Exception {
        HttpResponse<String> anonymous = api.send(post(newSite("api-anonymous-site")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        HttpResponse<String> viewer = api.send(api.as(Role.VIEWER, post(newSite("api-viewer-site"))));
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(api.send(api.as(Role.VIEWER, api.request(ITEMS + "/al-tanf/history/1/restore")
                .POST(HttpRequest.BodyPublishers.noBody()))).statusCode()).isEqualTo(403);
        assertThat(api.send(api.request(ITEMS + "/api-viewer-site")).statusCode()).isEqualTo(404);
    }
}
