package org.deconfliction.atlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code atlas.security.anonymous-read=false} nothing but the login page is served to anonymous visitors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.security.anonymous-read=false")
class SignInRequiredTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccounts accounts;

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiAnswers401ToAnonymousVisitorsAndReadsForAViewer() throws Exception {
        if (accounts.find("viewer").isEmpty()) {
            administration.create("viewer", "viewer-password", Set.of(Role.VIEWER));
        }
        HttpResponse<String> anonymous = get("/api/collections/incidents/items", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"title\":\"Sign-in required\"");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/collections/incidents/items")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("bank=east")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(401);

        assertThat(get("/api/collections/incidents/items", "viewer").statusCode()).isEqualTo(200);
    }

    @Test
    void theMapSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> map = get("/", null);
        assertThat(map.statusCode()).isEqualTo(302);
        assertThat(map.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }
}
