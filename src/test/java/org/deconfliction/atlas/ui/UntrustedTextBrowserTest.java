package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Text from the data reaches the page only as text: a site whose name, description and source title are HTML
 * and script shows them literally in its tooltip and card, and nothing in them runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "atlas.geodata.location=classpath:geodata-untrusted/")
class UntrustedTextBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Test
    void showsMarkupFromTheDataLiterallyAndRunsNoneOfIt() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.navigate("http://localhost:" + port + "/?view=35.27,40.29,9");
            var marker = page.locator(".atlas-marker-dot[data-feature-id='conoco']");

            marker.hover();
            assertThat(page.locator(".leaflet-tooltip")).hasText("<img src=x onerror=alert(1)>");
            marker.click();
            var card = page.locator(".leaflet-popup-content .atlas-popup");
            assertThat(card).containsText("<script>alert('description')</script> & more");
            assertThat(card).containsText("<a href=\"javascript:alert(2)\">source</a>");
            assertThat(page.locator("atlas-map img[src='x'], atlas-map script, .atlas-popup a")).hasCount(0);
            assertThat(page.locator(".atlas-legend")).isVisible();
            assertThat(dialogs).isEmpty();
        }
    }
}
