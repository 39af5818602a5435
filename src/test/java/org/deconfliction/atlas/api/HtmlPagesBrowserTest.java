package org.deconfliction.atlas.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The API's HTML pages in a real browser: the items page draws its features on a Leaflet map under the
 * application's Content-Security-Policy, and markup in an incident's title runs nowhere, neither in the page nor
 * in the map's tooltip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlPagesBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    @Test
    void theItemsPageDrawsItsFeaturesOnAMap() {
        try (BrowserContext context = browser.newContext(1200, 900)) {
            List<String> problems = new ArrayList<>();
            Page page = context.newPage();
            page.onResponse(response -> {
                if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
                    problems.add(response.status() + " " + response.url());
                }
            });
            page.onPageError(problems::add);
            page.navigate("http://localhost:" + port + "/api/collections/incidents/items?limit=20");

            assertThat(page.locator("#map.leaflet-container")).isVisible();
            assertThat(page.locator("#map path.leaflet-interactive")).hasCount(20);
            assertThat(page.locator("table tr td a")).hasCount(20);
            page.locator("text=next page ›").click();
            assertThat(page.locator("#map path.leaflet-interactive")).hasCount(20);
            assertThat(problems).as("failed requests and script errors").isEmpty();
        }
    }

    @Test
    void markupInATitleRunsNowhere() {
        String id = "browser-html-" + UUID.randomUUID();
        Incident shipped = incidents.findAll().getFirst();
        String title = "</script><script>alert('page')</script><img src=x onerror=alert('image')>";
        long version = store.create(new Incident(id, title, shipped.summary(), shipped.category(), shipped.actors(),
                shipped.opponent(), shipped.casualties(), shipped.place(), shipped.siteId(), shipped.location(),
                shipped.uncertainty(), shipped.date(), shipped.timeOfDay(), shipped.country(), shipped.sources(),
                shipped.disagreements()), new Edit("browser-test", null)).version();
        try (BrowserContext context = browser.newContext(1200, 900)) {
            List<String> dialogs = new ArrayList<>();
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate("http://localhost:" + port + "/api/collections/incidents/items/" + id);

            assertThat(page.locator("h1")).hasText(title);
            assertThat(page.locator("#map path.leaflet-interactive")).hasCount(1);
            page.locator("#map path.leaflet-interactive").hover();
            assertThat(page.locator(".leaflet-tooltip")).hasText(title);
            assertThat(page.locator("img[src=x]")).hasCount(0);
            page.waitForTimeout(500);
            assertThat(dialogs).isEmpty();
        } finally {
            store.delete(id, version, new Edit("browser-test", null));
        }
    }
}
