package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Presenting as a presenter does it, in headless Chromium: stepping incident by incident through a date that
 * several incidents share, Space to play and pause, clicks on markers that never open a popup behind the caption,
 * a folded legend, and leaving that never starts playback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PresentingBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Test
    void stepsIncidentByIncidentPlaysWithSpaceAndLeavesWithoutPlaying() {
        int total = incidents.findAll().size();
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.3,40.3,8&date=2019-10-06");
            page.locator("h1").click();

            page.keyboard().press("p");
            Locator caption = page.locator(".atlas-caption");
            Locator title = caption.locator("h2");
            assertThat(title).hasText(title("us-withdrawal-kobani-2019"));
            assertThat(caption.locator(".atlas-caption-date")).containsText(" of " + total);
            assertThat(page.locator("details.atlas-legend")).not().hasAttribute("open", Pattern.compile(".*"));

            // Three incidents share 6 October 2019: each gets its own caption, in order, then the next date.
            page.keyboard().press("ArrowRight");
            assertThat(title).hasText(title("us-withdrawal-manbij-2019"));
            assertThat(page).hasURL(Pattern.compile(".*date=2019-10-06.*incident=us-withdrawal-manbij-2019.*"));
            page.keyboard().press("ArrowRight");
            assertThat(title).hasText(title("us-withdrawal-tabqa-raqqa-2019"));
            String third = caption.locator(".atlas-caption-date").textContent();
            page.keyboard().press("ArrowRight");
            assertThat(page).hasURL(Pattern.compile(".*date=2019-10-16.*"));
            assertThat(title).hasText(title("lafarge-factory-bombing-2019"));
            page.keyboard().press("ArrowLeft");
            assertThat(caption.locator(".atlas-caption-date")).hasText(third);

            // A click on the presented marker keeps the caption and opens no popup behind it.
            page.locator(".atlas-marker-dot[data-feature-id='us-withdrawal-tabqa-raqqa-2019']").click(new Locator.ClickOptions().setForce(true));
            assertThat(title).hasText(title("us-withdrawal-tabqa-raqqa-2019"));
            assertThat(page.locator(".leaflet-popup")).hasCount(0);

            page.keyboard().press("Space");
            assertThat(page).not().hasURL(Pattern.compile(".*date=2019-10-06.*"));
            page.keyboard().press("Space");
            page.waitForTimeout(500);
            String paused = date(page);
            page.waitForTimeout(2500);
            assertThat(date(page)).as("paused").isEqualTo(paused);

            page.keyboard().press("Space");
            assertThat(page).not().hasURL(Pattern.compile(".*date=" + paused + ".*"));
            page.keyboard().press("Escape");
            assertThat(caption).isHidden();
            page.waitForTimeout(500);
            String left = date(page);
            page.waitForTimeout(2500);
            assertThat(date(page)).as("no playback after leaving").isEqualTo(left);
            assertThat(page.locator("details.atlas-legend")).hasAttribute("open", Pattern.compile(".*"));
        }
    }

    private static String date(Page page) {
        java.util.regex.Matcher date = Pattern.compile("date=([0-9-]+)").matcher(page.url());
        return date.find() ? date.group(1) : "";
    }

    private String title(String id) {
        return incidents.findById(id).orElseThrow().title();
    }
}
