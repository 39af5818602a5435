package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Drawing, editing and removing a region in headless Chromium: the drawing tools act on the drawn region only,
 * never on the reference layers (borders, river, line) or the incident and site markers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionEditingBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Test
    void editAndRemovalModesTouchOnlyTheDrawnRegionAndKeepThePageResponsive() {
        int total = incidents.findAll().size();
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.3,40.2,9");
            Locator counts = page.locator(".atlas-query-counts");
            Locator markers = page.locator(".atlas-marker");
            assertThat(counts).containsText(total + " incidents");
            int markerCount = markers.count();

            drawRectangle(page);
            assertThat(counts).containsText("inside");

            long before = System.nanoTime();
            page.locator(".leaflet-pm-icon-edit").click();
            Locator handles = page.locator(".marker-icon:not(.cursor-marker)");
            assertThat(handles.first()).isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(15_000));
            assertThat(handles.count()).as("edit handles: the rectangle's corners and edges only").isBetween(4, 8);
            assertThat(page.evaluate("() => document.querySelectorAll('.marker-icon').length"))
                    .as("no vertex handles on borders, river or line").isEqualTo(handles.count());
            assertThat((System.nanoTime() - before) / 1_000_000).as("ms until edit mode is ready").isLessThan(15_000);

            page.locator(".leaflet-pm-icon-delete").click();
            assertThat(handles).hasCount(0);
            page.locator(".atlas-marker-dot[data-feature-id='battle-of-khasham-2018']").click();
            assertThat(markers).hasCount(markerCount);
            assertThat(counts).containsText("inside");

            page.locator("path.leaflet-interactive[stroke='#0b6e99']").click();
            assertThat(page.locator("path.leaflet-interactive[stroke='#0b6e99']")).hasCount(0);
            assertThat(counts).containsText(total + " incidents");
            assertThat(markers).hasCount(markerCount);
        }
    }

    /** Draws a rectangle over the upper left of the map with the drawing tools, as a user drags it. */
    static void drawRectangle(Page page) {
        page.locator(".leaflet-pm-icon-rectangle").click();
        var box = page.locator("atlas-map").boundingBox();
        double x1 = box.x + box.width * 0.14;
        double y1 = box.y + box.height * 0.12;
        double x2 = box.x + box.width * 0.43;
        double y2 = box.y + box.height * 0.43;
        page.mouse().move(x1, y1);
        page.mouse().click(x1, y1);
        page.mouse().move(x2, y2, new Mouse.MoveOptions().setSteps(5));
        page.mouse().click(x2, y2);
    }
}
