package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In headless Chromium: the question's area is drawn and its answers ringed, solid or dashed, without taking the
 * clicks meant for the markers beneath; and while a region is being drawn, the markers and uncertainty circles
 * beneath take no clicks and show no tooltips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionShapeBrowserTest {

    private static final String KHASHAM = "battle-of-khasham-2018";
    private static final String GAS_FACILITY = "khasham-gas-facility-airstrike-2014";

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentQueryService queries;

    @Autowired
    IncidentRepository incidents;

    @Test
    void theQuestionsAreaIsDrawnAndItsAnswersRingedSolidOrDashedWhileClicksReachTheMarkers() {
        QueryResult answer = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("conoco", 15)));
        int uncertain = answer.byCertainty().getOrDefault(SpatialAnswer.UNCERTAIN, 0);
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.34,40.31,10&q=near-site&site=conoco&km=15");

            assertThat(page.locator("path.atlas-layer-question")).hasCount(1);
            assertThat(page.locator("path.atlas-layer-answers")).hasCount(answer.total());
            assertThat(page.locator("path.atlas-layer-answers[stroke-dasharray]")).hasCount(uncertain);
            assertThat(page.locator(".atlas-legend")).containsText("The question's area");
            assertThat(page.locator(".atlas-legend")).containsText("Answer: uncertain");

            page.locator(".atlas-marker-dot[data-feature-id='" + KHASHAM + "']").click();
            assertThat(page.locator(".leaflet-popup-content")).containsText(incidents.findById(KHASHAM).orElseThrow().title());

        }
    }

    @Test
    void whileDrawingClicksPlaceVerticesOverMarkersAndCirclesAndNoTooltipShows() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = AtlasBrowser.openAtlas(context, port, "/?view=35.34,40.31,10");
            Locator dot = page.locator(".atlas-marker-dot[data-feature-id='" + KHASHAM + "']");
            BoundingBox marker = dot.boundingBox();
            double x = marker.x + marker.width / 2;
            double y = marker.y + marker.height / 2;
            Locator vertices = page.locator(".marker-icon:not(.cursor-marker)");

            page.locator(".leaflet-pm-icon-polygon").click();
            page.mouse().move(x - 40, y - 40);
            page.mouse().move(x, y);
            page.waitForTimeout(500);
            assertThat(page.locator(".leaflet-tooltip:visible")).hasCount(0);
            page.mouse().click(x, y);

            assertThat(vertices).hasCount(1);
            assertThat(page.locator(".leaflet-popup")).hasCount(0);
            assertThat(page.locator(".atlas-selected")).hasCount(0);

            // The 8 km circle of a strike 2 km from the battle: its left part, away from the first vertex.
            BoundingBox circle = page.locator("path[data-layer-id='uncertainty'][data-feature-id='" + GAS_FACILITY + "']")
                    .boundingBox();
            page.mouse().click(circle.x + circle.width * 0.15, circle.y + circle.height / 2);
            assertThat(vertices).hasCount(2);
            assertThat(page.locator(".atlas-selected")).hasCount(0);

            page.locator(".leaflet-pm-icon-polygon").click();
            assertThat(vertices).hasCount(0);
            dot.click();
            assertThat(page.locator(".leaflet-popup-content")).containsText(incidents.findById(KHASHAM).orElseThrow().title());
            assertThat(page.locator(".atlas-selected")).hasCount(1);
        }
    }
}
