package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Paths the application does not have answer a plain 404 without a session, while the UI's routes, its deep links
 * and the files its page loads keep answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnknownPathTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathsTheApplicationDoesNotHaveAreAPlain404WithoutASession() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/env", "/.env", "/wp-login.php", "/application.properties",
                "/.git/config", "/login/extra", "/users/1", "/sw.js", "/index.php?x=1"}) {
            HttpResponse<String> answer = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/plain");
            assertThat(answer.body()).as(path).doesNotContain("<html").doesNotContain("Vaadin");
            assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theUiRoutesAndDeepLinksStillAnswerWithThePage() throws Exception {
        for (String path : new String[] {"/", "/login", "/login/",
                "/?view=35.10000,40.40000,10&layers=borders,rivers,lines,sites,incidents",
                "/?q=region&shape=Rectangle&region=POLYGON((40%2035,41%2035,41%2036,40%2036,40%2035))"}) {
            HttpResponse<String> answer = get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("VAADIN/build/");
        }
        HttpResponse<String> users = get("/users", "text/html");
        assertThat(users.statusCode()).as("an admin's view sends an anonymous visitor to sign in").isEqualTo(302);
        assertThat(users.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theFilesThePageLoadsAreServed() throws Exception {
        Matcher script = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(get("/", "text/html").body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> bundle = get("/" + script.group(1), "*/*");
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    }
}
