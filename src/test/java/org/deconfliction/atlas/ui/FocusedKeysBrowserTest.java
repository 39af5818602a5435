package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.timeline.DateStepper;
import org.deconfliction.atlas.AtlasBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Keys belong to the control that has the focus: the timeline steps with → only when no control wants the arrow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FocusedKeysBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static final Pattern DATE = Pattern.compile("[?&]date=(\\d{4}-\\d{2}-\\d{2})");

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openContext() {
        context = browser.newContext(1920, 1080);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private LocalDate dateInUrl() {
        Matcher matcher = DATE.matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(matcher.find()).as(page.url()).isTrue();
        return LocalDate.parse(matcher.group(1));
    }

    @Test
    void arrowsInAGridCellMoveTheCellAndOnlyArrowsElsewhereStepTheTimeline() {
        page = AtlasBrowser.openAtlas(context, port, "/?date=2017-06-01");
        assertThat(page).hasURL(DATE);
        page.locator("vaadin-grid-cell-content").first().waitFor();
        page.locator("vaadin-grid-cell-content").first().click();
        page.waitForTimeout(500);
        LocalDate before = dateInUrl();
        DateStepper stepper = DateStepper.over(incidents.findAll());
        LocalDate next = stepper.nextIncidentDate(before).orElseThrow();

        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowDown");
        page.locator("atlas-map").evaluate("() => document.activeElement && document.activeElement.blur()");
        page.keyboard().press("ArrowRight");

        assertThat(page).hasURL(Pattern.compile(".*[?&]date=" + next + "(&.*)?$"));
        page.waitForTimeout(500);
        org.assertj.core.api.Assertions.assertThat(dateInUrl()).as("stepped once, by the key pressed outside the grid")
                .isEqualTo(next);
    }

    @Test
    void arrowsAndSpaceInTheSearchFieldStayInIt() {
        page = AtlasBrowser.openAtlas(context, port, "/?date=2017-06-01");
        assertThat(page).hasURL(DATE);
        LocalDate before = dateInUrl();

        page.locator("vaadin-combo-box input").first().click();
        page.keyboard().type("Deir");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowRight");
        page.keyboard().press(" ");
        page.waitForTimeout(1000);

        org.assertj.core.api.Assertions.assertThat(dateInUrl()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-combo-box input").first().inputValue()).isEqualTo("Deir ");
    }
}
