package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In headless Chromium: a drawn region of about 5 KB of WKT, too long for a link that opens, survives in the short
 * link the address bar shows, opened in a new page of another session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShortLinkBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Test
    void aLongRegionSurvivesInTheShortLinkOpenedInANewPage() {
        String wkt = LongRegions.polygon(250, 0.3);
        assertThat(wkt.length()).isBetween(5_000, 6_000);
        String shared;
        String counts;
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.3,40.2,9&base=plain&date=2021-12-31"
                    + "&q=region&shape=Polygon&region=" + URLEncoder.encode(wkt, StandardCharsets.UTF_8));
            Locator answer = page.locator(".atlas-query-counts");
            assertThat(answer).containsText("inside");
            page.waitForFunction("() => /[?&]link=[A-Za-z0-9_-]{16}/.test(location.search)");
            shared = page.url();
            counts = answer.textContent();
            assertThat(page.locator("path.leaflet-interactive[stroke='#0b6e99']")).hasCount(1);
        }
        String path = URI.create(shared).getRawPath() + "?" + URI.create(shared).getRawQuery();
        assertThat(path).hasSizeLessThan(ShortLinks.SAFE_LENGTH).doesNotContain("region=");

        try (BrowserContext other = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(other, port, path);
            assertThat(page.locator(".atlas-query-counts")).hasText(counts);
            assertThat(page.locator("path.leaflet-interactive[stroke='#0b6e99']")).hasCount(1);
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            assertThat(page.url()).isEqualTo(shared);
        }
    }
}
