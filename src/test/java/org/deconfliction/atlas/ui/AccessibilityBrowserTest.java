package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.AxeCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The screens as axe-core judges them in headless Chromium (WCAG 2.1 A and AA rules and axe's best
 * practices): the main view, presenting, the story panel open, and the import screen of an editor before and after a
 * file is previewed each have no violation; and a keyboard user
 * reaches the map's controls within a few Tab stops, not after every marker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    ApplicationContext app;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openAtlas() {
        context = browser.newContext(1280, 800);
        page = AtlasBrowser.openAtlas(context, port, "/?view=35.0,40.0,7");
        assertThat(page.locator(".atlas-marker-dot").first()).isAttached();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theMainViewHasNoViolation() {
        assertThat(AxeCore.violations(page)).isEmpty();
    }

    @Test
    void presentingHasNoViolation() {
        page.locator("h1").click();
        page.keyboard().press("p");
        assertThat(page.locator(".atlas-caption")).isVisible();

        assertThat(AxeCore.violations(page)).isEmpty();
    }

    @Test
    void theStoryPanelOpenHasNoViolation() {
        page.locator("vaadin-details-summary", new Page.LocatorOptions().setHasText("Stories")).click();
        assertThat(page.getByLabel("Caption of the new step")).isVisible();

        assertThat(AxeCore.violations(page)).isEmpty();
    }

    @Test
    void theIncidentCardBesideTheGridHasNoViolationAndIsReachedFromTheGridByTab() {
        String first = incidents.findAll().getFirst().title();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(first)).first().click();
        Locator card = page.locator(".atlas-incident-detail");
        assertThat(card).isVisible();
        assertThat(card).hasAttribute("aria-label", "Incident details: " + first);
        // the map opens the incident's popup too; it fades in, and mid-fade its text has too little contrast
        assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText(first);
        page.waitForFunction("() => [...document.querySelectorAll('.leaflet-popup')]"
                + ".every(p => getComputedStyle(p).opacity === '1')");

        assertThat(AxeCore.violations(page)).isEmpty();
        int stops = 0;
        boolean reachedClose = false;
        while (stops < 6 && !reachedClose) {
            page.keyboard().press("Tab");
            stops++;
            reachedClose = Boolean.TRUE.equals(page.evaluate(
                    "() => document.activeElement?.getAttribute('aria-label') === 'Close the incident details'"));
        }
        assertThat(reachedClose).as("the card's Close button reached by Tab from the grid").isTrue();
        page.keyboard().press("Enter");
        assertThat(card).isHidden();
    }

    @Test
    void markersAreNamedByWhatTheyShowAndAreNoTabStops() {
        assertThat(page.locator(".atlas-marker-dot[data-feature-id='conoco']"))
                .hasAttribute("aria-label", java.util.regex.Pattern.compile(".*Conoco.* \\(Sites\\)"));
        assertThat(page.locator(".atlas-marker-dot[data-feature-id='battle-of-khasham-2018']"))
                .hasAttribute("aria-label", java.util.regex.Pattern.compile("7–8 Feb 2018 · Battle of Khasham \\(Incidents\\)"));
        assertThat(page.locator(".leaflet-marker-icon[tabindex='0']")).hasCount(0);
    }

    @Test
    void theMapAndItsControlsAreReachedWithinAFewTabStops() {
        page.locator("h1").click();
        int stops = 0;
        boolean reachedZoom = false;
        while (stops < 25 && !reachedZoom) {
            page.keyboard().press("Tab");
            stops++;
            reachedZoom = Boolean.TRUE.equals(page.evaluate(
                    "() => document.activeElement?.classList.contains('leaflet-control-zoom-in') ?? false"));
        }
        assertThat(reachedZoom).as("the zoom-in button reached by Tab").isTrue();
        assertThat(stops).as("Tab stops from the title to the map's zoom-in button").isLessThanOrEqualTo(15);
    }

    @Test
    void theImportScreenOfAnEditorHasNoViolationBeforeAndAfterAFileIsPreviewed() throws java.io.IOException {
        TestAccounts.add(app, "iman", "iman-password", Role.EDITOR.included());
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill("iman");
        page.locator("vaadin-login-form input[name='password']").fill("iman-password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(u -> !u.contains("login"));
        page.navigate("http://localhost:" + port + "/import");
        assertThat(page.locator(".atlas-import-history vaadin-grid")).isVisible();
        settled();
        assertThat(AxeCore.violations(page)).isEmpty();

        String acled;
        try (java.io.InputStream in = getClass().getResourceAsStream("/ingest/acled-export.csv")) {
            acled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        page.locator("vaadin-upload").evaluate("(upload, text) => {"
                + " const transfer = new DataTransfer();"
                + " transfer.items.add(new File([text], 'eastern-syria.csv', { type: 'text/csv' }));"
                + " upload.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));"
                + "}", acled);
        assertThat(page.locator(".atlas-import-rejects")).containsText("duplicate id within the file");
        assertThat(page.locator(".atlas-import-preview .atlas-marker-dot").first()).isAttached();
        settled();

        assertThat(AxeCore.violations(page)).isEmpty();
    }

    /** Waits until the page has no round trip to the server under way (Vaadin's connection indicator is at rest). */
    private void settled() {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }
}
