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
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every open session follows the store without a reload: two browser sessions show the map; an editor adds an
 * incident over the API (HTTP Basic) and then deletes it, and each time both sessions show the new count within
 * 2 seconds, pushed over a WebSocket that the security headers allow.
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
            addEditor(app);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            IncidentRepository incidents = app.getBean(IncidentRepository.class);
            int total = incidents.findAll().size();
            List<String> refused = new CopyOnWriteArrayList<>();
            List<String> sockets = new CopyOnWriteArrayList<>();
            List<Locator> counts = List.of(open(first, port, refused, sockets), open(second, port, refused, sockets));
            for (Locator count : counts) {
                assertThat(count).containsText(total + " incidents");
            }

            String id = "live-" + UUID.randomUUID();
            ObjectNode feature = IncidentGeoJson.feature(incidents.findAll().getLast()); // the latest date: on the timeline
            feature.put("id", id);
            HttpResponse<String> created = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/collections/incidents/items")).header("Content-Type", "application/geo+json")
                    .POST(HttpRequest.BodyPublishers.ofString(feature.toString())));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            for (Locator count : counts) {
                assertThat(count).containsText((total + 1) + " incidents", WITHIN_2_S);
            }

            HttpResponse<String> deleted = send(port, HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/collections/incidents/items/" + id)).DELETE());
            assertThat(deleted.statusCode()).isEqualTo(204);
            for (Locator count : counts) {
                assertThat(count).containsText(total + " incidents", WITHIN_2_S);
            }
            assertThat(sockets).as("push over a WebSocket in each session").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(url -> assertThat(url).contains("/VAADIN/push"));
            assertThat(refused).as("nothing refused by the Content-Security-Policy").isEmpty();
        }
    }

    /** Opens the atlas in a fresh session; returns its counts line. */
    private static Locator open(BrowserContext context, int port, List<String> refused, List<String> sockets) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.navigate("http://localhost:" + port + "/");
        page.locator("atlas-map .leaflet-container").waitFor();
        return page.locator(".atlas-query-counts");
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        String token = Base64.getEncoder().encodeToString("edna:edna-password".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Adds the editor account as the first admin would in the users view. */
    private static void addEditor(ConfigurableApplicationContext app) {
        SecurityContextHolderStrategy holder = app.getBean(SecurityContextHolderStrategy.class);
        holder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                Role.ADMIN.included().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        try {
            app.getBean(UserAdministration.class).add("edna", "edna-password", Role.EDITOR.included());
        } finally {
            holder.clearContext();
        }
    }
}
