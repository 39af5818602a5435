package org.deconfliction.atlas.timeline.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The timeline as a person uses it, in headless Chromium, on the test page {@code /test/timeline}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    /** The middle of a month's bar. */
    private static double[] centreOf(Locator bar) {
        BoundingBox box = bar.boundingBox();
        return new double[] {box.x + box.width / 2, box.y + box.height / 2};
    }

    @Test
    void drawsTheHistogramAndSetsTheDateByClickAndAWindowByDrag() {
        try (BrowserContext context = browser.newContext(1280, 420)) {
            Page page = AtlasBrowser.open(context, port, "/test/timeline");
            Locator timeline = page.locator("atlas-timeline");
            Locator heard = page.locator("#heard");
            Locator summary = page.locator(".atlas-timeline-summary");

            assertThat(timeline.locator("g.atlas-timeline-bin").first()).isVisible();
            assertThat(timeline.locator("g.atlas-timeline-bin").count()).isGreaterThan(30);
            assertThat(timeline.locator("rect.atlas-timeline-interval")).hasCount(incidents.findAll().size());
            assertThat(timeline.locator("rect.atlas-timeline-interval-uncertain[data-id='barisha-raid-2019']"))
                    .hasAttribute("data-end", "2019-10-31");
            assertThat(timeline.locator(".atlas-timeline-caption")).hasText(Pattern.compile("Incidents per month, 1 Jul 2014 – 3\\d \\w{3} 2021"));

            double[] october2019 = centreOf(timeline.locator("g.atlas-timeline-bin[data-start='2019-10-01'] rect.atlas-timeline-bar"));
            page.mouse().click(october2019[0], october2019[1]);
            assertThat(heard).hasText(Pattern.compile("date 2019-10-\\d\\d"));
            assertThat(timeline.locator(".atlas-timeline-current-label")).containsText("Oct 2019");
            assertThat(summary).containsText("Oct 2019");
            assertThat(summary).containsText("so far");

            double[] january2017 = centreOf(timeline.locator("g.atlas-timeline-bin[data-start='2017-01-01'] rect").first());
            double[] february2018 = centreOf(timeline.locator("g.atlas-timeline-bin[data-start='2018-02-01'] rect").last());
            page.mouse().move(january2017[0], 60);
            page.mouse().down();
            page.mouse().move((january2017[0] + february2018[0]) / 2, 60, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().move(february2018[0], 60, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            assertThat(heard).hasText(Pattern.compile("range 2017-01-\\d\\d to 2018-02-\\d\\d"));
            assertThat(timeline.locator(".atlas-timeline-range")).isVisible();
            assertThat(timeline.locator(".atlas-timeline-window-window")).isVisible();
            assertThat(summary).containsText(Pattern.compile("in the last \\d{3} days"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timeline.png")));

            for (int i = 0; i < 4; i++) {
                timeline.locator("button[aria-label='Zoom in']").click();
            }
            assertThat(timeline.locator(".atlas-timeline-caption")).containsText("Incidents per week");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "timeline-zoomed.png")));

            page.locator("vaadin-button[aria-label='Play through time']").click();
            assertThat(summary).containsText("Mar 2018", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(5000));
            page.locator("vaadin-button[aria-label='Pause']").click();
            assertThat(page.locator("vaadin-button[aria-label='Play through time']")).isVisible();
        }
    }
}
