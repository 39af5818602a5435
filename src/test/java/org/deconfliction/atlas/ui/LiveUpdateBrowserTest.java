package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every open session follows the store without a reload: two browser sessions show the map; an editor adds an
 * incident over the API (HTTP Basic) and then deletes it, and each time both sessions show the new count within
 * 2 seconds, pushed over a WebSocket that the security headers allow. A card open in a session stays open
 * through the refresh.
 */
class LiveUpdateBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocatorAssertions.ContainsTextOptions WITHIN_2_S =
            new LocatorAssertions.ContainsTextOptions().setTimeout(2_000);

    @Test
    void anEditThroughTheApiAppearsInEveryOpenSessionWithin2Seconds() throws Exception {
        Path folder = Path.of("target", "test-data", "live-browser-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(folder.getParent());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .run("--server.port=0", "--atlas.data.folder=" + folder);
                BrowserContext first = browser.newContext(1280, 800);
                BrowserContext second = browser.newContext(1280, 800)) {
            TestAccounts.add(app, "edna", "edna-password", Role.EDITOR.included());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            IncidentRepository incidents = app.getBean(IncidentRepository.class);
            int total = incidents.findAll().size();
            List<String> refused = new CopyOnWriteArrayList<>();
            List<String> sockets = new CopyOnWriteArrayList<>();
            Page reading = open(first, port, refused, sockets);
            List<Locator> counts = List.of(reading, open(second, port, refused, sockets)).stream()
                    .map(page -> page.locator(".atlas-query-counts")).toList();
            for (Locator count : counts) {
                assertThat(count).containsText(total + " incidents");
            }
            // The first session reads Khasham's card, which takes its timeline to Khasham's date.
            Incident khasham = incidents.findById("battle-of-khasham-2018").orElseThrow();
            reading.locator("rect.atlas-timeline-interval[data-id='battle-of-khasham-2018']").click();
            Locator card = reading.locator(".leaflet-popup-content .atlas-popup");
            assertThat(card).containsText(khasham.title());
            assertThat(counts.getFirst()).not().containsText(total + " incidents");
            int answered = Integer.parseInt(counts.getFirst().textContent().split(" ")[0]);
            List<Integer> expected = List.of(answered + 1, total + 1);

            String id = "live-" + UUID.randomUUID();
            ObjectNode feature = IncidentGeoJson.feature(khasham); // on Khasham's date: in both sessions' answers
            feature.put("id", id);
            HttpResponse<String> created = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/collections/incidents/items")).header("Content-Type", "application/geo+json")
                    .POST(HttpRequest.BodyPublishers.ofString(feature.toString())));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            for (int i = 0; i < counts.size(); i++) {
                assertThat(counts.get(i)).containsText(expected.get(i) + " incidents", WITHIN_2_S);
            }
            // The card being read stays open through the refresh (the replaced layer's card fades out first).
            assertThat(reading.locator(".leaflet-popup")).hasCount(1);
            assertThat(card).containsText(khasham.title());

            HttpResponse<String> deleted = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/collections/incidents/items/" + id)).DELETE());
            assertThat(deleted.statusCode()).isEqualTo(204);
            for (int i = 0; i < counts.size(); i++) {
                assertThat(counts.get(i)).containsText((expected.get(i) - 1) + " incidents", WITHIN_2_S);
            }
            assertThat(sockets).as("push over a WebSocket in each session").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(url -> assertThat(url).contains("/VAADIN/push"));
            assertThat(refused).as("nothing refused by the Content-Security-Policy").isEmpty();
        }
    }

    /** Opens the atlas in a fresh session. */
    private static Page open(BrowserContext context, int port, List<String> refused, List<String> sockets) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.navigate("http://localhost:" + port + "/");
        page.locator("atlas-map .leaflet-container").waitFor();
        return page;
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        String token = Base64.getEncoder().encodeToString("edna:edna-password".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
