package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The map's furniture on the laptop screens analysts use, in headless Chromium: the first view shows every
 * incident, the open legend never covers the layer switcher's checkboxes nor an incident's card, the card is not
 * a small scrolling box, and the header's subtitle is shown whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapLayoutBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1366, 768"})
    void theFirstViewShowsEveryIncidentAndNothingCoversWhatItMustNot(int width, int height) {
        try (BrowserContext context = browser.newContext(width, height)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/");
            Locator markers = page.locator(".atlas-marker-dot[data-layer-id='incidents']");
            assertThat(markers).hasCount(incidents.findAll().size());
            assertThat(page).hasURL(Pattern.compile(".*view=.*"));
            page.waitForTimeout(500);
            Box map = Box.of(page.locator("atlas-map"));
            for (Locator marker : markers.all()) {
                assertThat(map.contains(Box.of(marker))).as("%s inside the first view", marker.getAttribute("data-feature-id")).isTrue();
            }

            Locator subtitle = page.locator(".atlas-subtitle");
            assertThat((Boolean) subtitle.evaluate("e => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().right <= innerWidth"))
                    .as("the subtitle shown whole").isTrue();

            Locator legend = page.locator("details.atlas-legend");
            assertThat(legend).hasAttribute("open", Pattern.compile(".*"));
            page.locator(".leaflet-control-layers").hover();
            Locator checkboxes = page.locator(".leaflet-control-layers-overlays input, .leaflet-control-layers-base input");
            assertThat(checkboxes.first()).isVisible();
            page.waitForTimeout(300);
            Box legendBox = Box.of(legend);
            for (Locator checkbox : checkboxes.all()) {
                assertThat(Box.of(checkbox).overlaps(legendBox)).as("a layer checkbox under the legend").isFalse();
            }
            assertThat(map.contains(legendBox)).as("the legend inside the map").isTrue();

            page.mouse().move(width / 3.0, height / 2.0);
            page.navigate("http://localhost:" + port + "/?view=35.10,40.70,9");
            page.locator("atlas-map .leaflet-container").waitFor();
            page.locator(".atlas-marker-dot[data-feature-id='battle-of-khasham-2018']").click(new Locator.ClickOptions().setForce(true));
            Locator card = page.locator(".leaflet-popup-content");
            assertThat(card).containsText(incidents.findById("battle-of-khasham-2018").orElseThrow().title());
            page.waitForTimeout(800);
            assertThat(Box.of(page.locator(".leaflet-popup-content-wrapper")).overlaps(Box.of(page.locator("details.atlas-legend"))))
                    .as("the card under the legend").isFalse();
            // Whole, or as tall as most of the map where it is longer than that: never a small scrolling box.
            assertThat((Boolean) card.evaluate("e => e.clientHeight + 1 >= Math.min(e.scrollHeight,"
                    + " 0.7 * document.querySelector('atlas-map').getBoundingClientRect().height)"))
                    .as("the card shown whole or nearly the map's height").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1366, 768"})
    void theSidePanelNeedsNoSidewaysScrollingWhenARegionQuestionShowsItsTypedRegionField(int width, int height) {
        try (BrowserContext context = browser.newContext(width, height)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.3,40.2,9&q=region&shape=Rectangle"
                    + "&region=POLYGON((40.0%2035.3,%2040.3%2035.3,%2040.3%2035.6,%2040.0%2035.6,%2040.0%2035.3))");
            assertThat(page.locator(".atlas-query-counts")).containsText("inside");
            assertThat(page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Or type a region"))).isVisible();
            Locator side = page.locator(".atlas-side");
            assertThat((Boolean) side.evaluate("e => e.scrollWidth <= e.clientWidth + 1"))
                    .as("the side panel's content fits its width").isTrue();
        }
    }

    /** A bounding box in CSS pixels. */
    record Box(double x, double y, double width, double height) {

        static Box of(Locator element) {
            @SuppressWarnings("unchecked")
            List<Number> r = (List<Number>) element.evaluate("e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }");
            return new Box(r.get(0).doubleValue(), r.get(1).doubleValue(), r.get(2).doubleValue(), r.get(3).doubleValue());
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }

        boolean contains(Box other) {
            return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
        }
    }
}
