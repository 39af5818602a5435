package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Sites that lie under incident markers are reachable: clicking the marker on top spreads the markers sharing its
 * place apart, so the Conoco gas field can be hovered and its card opened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColocatedMarkersBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    /** Markers at most this far apart on screen count as sharing a place (as in the map element). */
    private static final double SPREAD_PIXELS = 14;

    @Value("${local.server.port}")
    int port;

    @Test
    void theConocoSiteUnderAnIncidentCanBeHoveredAndClickedOnceTheGroupIsSpreadApart() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.33611,40.30944,9");
            Locator conoco = page.locator(".atlas-marker-dot[data-layer-id='sites'][data-feature-id='conoco']");
            conoco.waitFor();
            BoundingBox before = conoco.boundingBox();
            double x = before.x + before.width / 2;
            double y = before.y + before.height / 2;
            assertThat(topmostLayerAt(page, x, y)).as("an incident marker covers the site").isEqualTo("incidents");
            String onTop = (String) page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.atlas-marker')"
                    + ".querySelector('.atlas-marker-dot').dataset.featureId", java.util.List.of(x, y));
            Locator incident = page.locator(".atlas-marker-dot[data-layer-id='incidents'][data-feature-id='" + onTop + "']");

            page.mouse().click(x, y);

            assertThat(page.locator(".atlas-spider-leg").first()).isAttached();
            BoundingBox after = conoco.boundingBox();
            assertThat(Math.hypot(after.x - before.x, after.y - before.y)).isGreaterThan(20);
            assertThat(topmostLayerAt(page, after.x + after.width / 2, after.y + after.height / 2)).isEqualTo("sites");
            conoco.hover();
            assertThat(page.locator(".leaflet-tooltip", new Page.LocatorOptions().setHasText("Conoco gas field")))
                    .isVisible();
            conoco.click();
            // the incident's card closes (fading out) as the site's opens
            assertThat(page.locator(".leaflet-popup-content .atlas-popup")).hasCount(1);
            assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText("Oil or gas field");

            page.locator("atlas-map .leaflet-container").click(new Locator.ClickOptions().setPosition(40, 400));
            assertThat(page.locator(".atlas-spider-leg")).hasCount(0);
            // back under the incident (the map may have panned to show the card)
            BoundingBox back = conoco.boundingBox();
            BoundingBox top = incident.boundingBox();
            assertThat(Math.hypot(back.x + back.width / 2 - top.x - top.width / 2, back.y + back.height / 2 - top.y - top.height / 2))
                    .isLessThan(SPREAD_PIXELS);
        }
    }

    /** The layer of the marker the pointer would reach at a point of the page, or "" for none. */
    private static String topmostLayerAt(Page page, double x, double y) {
        return (String) page.evaluate("([x, y]) => {"
                + " const hit = document.elementFromPoint(x, y)?.closest('.atlas-marker');"
                + " return hit?.querySelector('.atlas-marker-dot')?.dataset.layerId ?? ''; }",
                java.util.List.of(x, y));
    }
}
