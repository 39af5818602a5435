package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The layer switcher in headless Chromium: the base layer chosen survives a reload, the legend follows the overlays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapLayersBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Value("${atlas.map.tiles.title}")
    String tilesTitle;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = browser.newContext(1280, 800);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Locator baseLayer(String title) {
        return page.locator(".leaflet-control-layers-base label", new Page.LocatorOptions().setHasText(title)).locator("input");
    }

    private Locator overlay(String title) {
        return page.locator(".leaflet-control-layers-overlays label", new Page.LocatorOptions().setHasText(title)).locator("input");
    }

    @Test
    void theBaseLayerChosenIsKeptInTheUrlAndRestoredOnReload() {
        page = AtlasBrowser.openAtlas(context, port, "/?view=35.0,40.0,7");
        page.locator(".leaflet-control-layers").hover();
        assertThat(baseLayer(tilesTitle)).isChecked();

        baseLayer("Plain background").check();
        assertThat(page).hasURL(Pattern.compile(".*[?&]base=plain(&.*)?$"));
        String shared = page.url();

        page.reload();
        page.locator("atlas-map .leaflet-container").waitFor();
        page.locator(".leaflet-control-layers").hover();
        assertThat(baseLayer("Plain background")).isChecked();
        assertThat(baseLayer(tilesTitle)).not().isChecked();
        assertThat(page.locator(".leaflet-tile-pane .leaflet-layer")).hasCount(0);
        assertThat(page).hasURL(shared);
    }

    @Test
    void theLegendListsOnlyTheOverlaysSwitchedOnAndStaysFoldedAsItWas() {
        page = AtlasBrowser.openAtlas(context, port, "/?view=35.0,40.0,7&layers=borders,rivers,sites");
        Locator legend = page.locator(".atlas-legend");
        assertThat(legend).containsText("Euphrates");
        assertThat(legend).containsText("Oil or gas field");
        assertThat(legend).not().containsText("Deconfliction line");
        assertThat(legend).not().containsText("Drone");

        page.locator(".leaflet-control-layers").hover();
        overlay("Incidents").check();
        assertThat(legend).containsText("Drone");
        overlay("Sites").uncheck();
        assertThat(legend).not().containsText("Oil or gas field");

        page.locator(".atlas-legend-title").click();
        assertThat(legend).not().hasAttribute("open", "");
        page.locator(".leaflet-control-layers").hover();
        overlay("Euphrates").uncheck();
        assertThat(legend).not().containsText("Euphrates");
        assertThat(page.locator(".atlas-legend")).not().hasAttribute("open", "");
    }
}
