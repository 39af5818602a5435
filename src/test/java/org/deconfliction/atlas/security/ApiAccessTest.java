package org.deconfliction.atlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's access rules over real HTTP with anonymous reading on (the default): anyone reads, including the items
 * query as a form POST; a write needs the editor role and is otherwise refused as a 401 or 403 problem; HTTP Basic
 * and the browser's session both sign in, a session's write needs its CSRF token; disabled accounts are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessTest {

    static final String FEATURE = """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[40.4,35.1]},"properties":{"title":"x"}}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        for (Role role : Role.values()) {
            if (accounts.find(role.label() + "-user").isEmpty()) {
                administration.create(role.label() + "-user", role.label() + "-password", Set.of(role));
            }
        }
        if (accounts.find("gone").isEmpty()) {
            administration.create("gone", "gone-password", Set.of(Role.EDITOR));
            accounts.updateEnabled("gone", false);
        }
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(HttpClient.newHttpClient(), request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder createIncident() {
        return request("/api/collections/incidents/items").header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(FEATURE));
    }

    private static HttpRequest.Builder as(String user, String password, HttpRequest.Builder request) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    @Test
    void anonymousVisitorsReadLayersAndAskQuestionsByGetAndByForm() throws Exception {
        assertThat(send(request("/api/collections/incidents/items?side=east")).statusCode()).isEqualTo(200);
        HttpResponse<String> form = send(request("/api/collections/incidents/items")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("side=east&limit=5")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"FeatureCollection\"");
    }

    @Test
    void anonymousWritesAreRefusedWithA401ProblemAndABasicChallenge() throws Exception {
        for (HttpRequest.Builder write : new HttpRequest.Builder[] {createIncident(),
                request("/api/collections/incidents/items/khasham-2018").DELETE(),
                request("/api/collections/incidents/items/khasham-2018").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(FEATURE)),
                request("/api/collections/sites/items").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("side=east"))}) {
            HttpResponse<String> response = send(write);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic realm=\"Deconfliction Atlas\""));
            JsonNode problem = problem(response);
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("title").asString()).isEqualTo("Sign-in required");
        }
    }

    @Test
    void aViewerMayReadButNotWrite() throws Exception {
        assertThat(send(as("viewer-user", "viewer-password", request("/api/collections"))).statusCode()).isEqualTo(200);
        HttpResponse<String> write = send(as("viewer-user", "viewer-password", createIncident()));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(problem(write).get("detail").asString())
                .isEqualTo("POST /api/collections/incidents/items needs the editor role, which your account does not have.");
    }

    @Test
    void editorsAndAdminsPassTheAccessRulesForWrites() throws Exception {
        for (String user : new String[] {"editor", "admin"}) {
            HttpResponse<String> write = send(as(user + "-user", user + "-password", createIncident()));
            assertThat(write.statusCode()).as(user).isNotIn(401, 403);
        }
    }

    @Test
    void userAdministrationOverTheApiIsForAdminsOnly() throws Exception {
        assertThat(send(as("editor-user", "editor-password", request("/api/users"))).statusCode()).isEqualTo(403);
        assertThat(send(as("admin-user", "admin-password", request("/api/users"))).statusCode()).isNotIn(401, 403);
        assertThat(send(request("/api/users")).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordOrADisabledAccountIsRefusedEvenForReading() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                send(as("editor-user", "wrong-password", request("/api/collections"))),
                send(as("gone", "gone-password", request("/api/collections"))),
                send(as("gone", "gone-password", createIncident()))}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(problem(response).get("title").asString()).isEqualTo("Sign-in refused");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("disabled account");
        }
    }

    @Test
    void theBrowserSessionSignsInAndItsWritesNeedTheCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String token = signIn(browser, "editor-user", "editor-password");

        HttpResponse<String> withoutToken = send(browser, createIncident());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(problem(withoutToken).get("title").asString()).isEqualTo("CSRF token missing");

        HttpResponse<String> withToken = send(browser, createIncident().header("X-CSRF-TOKEN", token));
        assertThat(withToken.statusCode()).isNotIn(401, 403);
    }

    /** Signs in through the login form as a browser does; answers the session's CSRF token. */
    private String signIn(HttpClient browser, String user, String password) throws Exception {
        HttpResponse<String> page = send(browser, request("/login"));
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the CSRF token in the login page").isTrue();
        String token = csrf.group(1);
        HttpResponse<String> signedIn = send(browser, request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + token)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> map = send(browser, request("/"));
        Matcher after = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(map.body());
        assertThat(after.find()).isTrue();
        return after.group(1);
    }
}
