package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The atlas on a 390×844 phone screen, in headless Chromium: no page wider than the screen, the map first and
 * taking most of it, the legend folded, and the question and grid in a drawer that a header button opens, the grid
 * with its essential columns only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLayoutBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Test
    void theMapComesFirstThePanelsAreADrawerAndNothingIsWiderThanTheScreen() {
        try (BrowserContext context = browser.newContext(390, 844)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/");
            assertThat(page.locator(".atlas-marker-dot").first()).isAttached();
            assertThat(page).hasURL(Pattern.compile(".*view=.*"));

            Object tooWide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1 && e.getClientRects().length > 0"
                    + " && !e.closest('.leaflet-map-pane'))"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as("page width; wider elements: %s", tooWide).isLessThanOrEqualTo(390);

            MapLayoutBrowserTest.Box map = MapLayoutBrowserTest.Box.of(page.locator("atlas-map"));
            assertThat(map.width()).as("map width").isGreaterThanOrEqualTo(389);
            assertThat(map.width() * map.height() / (390.0 * 844)).as("share of the screen that is map").isGreaterThan(0.4);
            assertThat(page.locator("details.atlas-legend")).not().hasAttribute("open", Pattern.compile(".*"));
            Locator grid = page.locator("vaadin-grid");
            assertThat(grid).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "atlas-phone.png")));

            Locator toggle = page.locator("vaadin-button.atlas-drawer-toggle");
            assertThat(toggle).hasAttribute("aria-expanded", "false");
            toggle.click();
            assertThat(toggle).hasAttribute("aria-expanded", "true");
            assertThat(grid).isVisible();
            MapLayoutBrowserTest.Box drawer = MapLayoutBrowserTest.Box.of(page.locator(".atlas-side"));
            assertThat(drawer.x()).as("drawer's left edge").isGreaterThanOrEqualTo(0);
            assertThat(drawer.x() + drawer.width()).as("drawer's right edge").isLessThanOrEqualTo(391);
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Incident")).first()).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Nearest site"))
                    .filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "atlas-phone-drawer.png")));

            page.locator("vaadin-button.atlas-drawer-close").click();
            assertThat(grid).isHidden();
            assertThat(toggle).hasAttribute("aria-expanded", "false");
        }
    }
}
