package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a store of 3,000 incidents the timeline first shows bars only and says to zoom in; zoomed in to a span of few
 * enough incidents it draws their date intervals, and clicking one picks that incident (its card opens on the map).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelinePickingBrowserTest {

    private static final int INCIDENTS = 3_000;

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @DynamicPropertySource
    static void syntheticStore(DynamicPropertyRegistry registry) {
        SyntheticAtlasProperties.register(registry, "timeline-picking", INCIDENTS);
    }

    @Test
    void zoomedInUntilItsIntervalsAreDrawnAnIncidentIsPickedFromTheTimeline() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?view=35.0,39.5,7");
            Locator caption = page.locator(".atlas-timeline-caption");
            assertThat(caption).containsText("zoom in to pick an incident",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            Locator intervals = page.locator("rect.atlas-timeline-interval");
            assertThat(intervals).hasCount(0);

            for (int step = 0; step < 8 && intervals.count() == 0; step++) {
                page.locator(".atlas-timeline-zoom-in").click();
                page.waitForTimeout(1_500);
            }
            intervals.first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(intervals.count()).isLessThanOrEqualTo(Timeline.INTERVALS_UP_TO);
            assertThat(caption).not().containsText("zoom in to pick");

            Locator picked = intervals.nth(intervals.count() / 2);
            String id = picked.getAttribute("data-id");
            Incident incident = incidents.findById(id).orElseThrow();
            picked.click();

            assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText(incident.title(),
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page).hasURL(Pattern.compile(".*incident=" + id + "(&.*)?$"));
        }
    }
}
