package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A store of 1,500 incidents (past the 1,000 drawn one by one) is drawn in clusters per viewport: cluster markers
 * with their counts as text, a click on one zooms in to its extent, and the markers there are the incidents one by
 * one, their cards fetched on click; a link to an incident inside a cluster flies in until it is drawn on its own,
 * outlined, its card open, its uncertainty circle drawn by the browser from centre and radius; with a question asked
 * the incidents outside its answer are drawn dimmed beside it; presenting an incident inside a cluster flies in until
 * it is drawn on its own and outlines it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClusteredMapBrowserTest {

    private static final int INCIDENTS = 1_500;

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @DynamicPropertySource
    static void syntheticStore(DynamicPropertyRegistry registry) {
        SyntheticAtlasProperties.register(registry, "clustered-map", INCIDENTS);
    }

    @Test
    void clustersCarryTheirCountsAndAClickZoomsInUntilSingleIncidentsOpenTheirCards() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?view=35.0,39.5,7");
            // 1,500 incidents in the grid, timeline and search box: the first page takes longer than the atlas's 63
            page.locator("atlas-map .leaflet-container").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            Locator clusters = page.locator(".atlas-cluster");
            clusters.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            int drawn = 0;
            for (String label : page.locator(".atlas-cluster-count").allTextContents()) {
                drawn += Integer.parseInt(label);
            }
            int singles = page.locator(".atlas-marker-dot[data-layer-id='incidents']").count();
            assertThat(drawn + singles).as("clusters and singles of the viewport").isPositive().isLessThanOrEqualTo(INCIDENTS);
            assertThat(singles).isLessThan(drawn);

            Locator biggest = page.locator(".atlas-cluster-marker").first();
            biggest.click();
            assertThat(page).hasURL(Pattern.compile(".*view=[^&]*%2C(8|9|1[0-8])(&.*)?$|.*view=[^&]*,(8|9|1[0-8])(&.*)?$"));

            for (int step = 0; step < 10 && page.locator(".atlas-marker-dot[data-layer-id='incidents']").count() == 0; step++) {
                page.locator(".atlas-cluster-marker").first().click();
                page.waitForTimeout(800);
            }
            // tiles reach past the viewport's edges: click a single the map shows
            String shown = (String) page.evaluate("() => { const box = document.querySelector('atlas-map').getBoundingClientRect();"
                    + " const dot = [...document.querySelectorAll(\".atlas-marker-dot[data-layer-id='incidents']\")].find(d => {"
                    + " const r = d.getBoundingClientRect(); return r.left > box.left + 60 && r.right < box.right - 60"
                    + " && r.top > box.top + 60 && r.bottom < box.bottom - 60; }); return dot ? dot.dataset.featureId : ''; }");
            assertThat(shown).as("a single incident inside the view").isNotEmpty();
            page.locator(".atlas-marker-dot[data-layer-id='incidents'][data-feature-id='" + shown + "']").click();
            assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText("Date");
        }
    }

    @Test
    void aLinkToAnIncidentInsideAClusterFliesInUntilItIsDrawnOnItsOwnOutlinedWithItsCardAndCircle() {
        Incident crowded = mostCrowded(incidents.findAll());
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?view=35.0,39.5,7&incident=" + crowded.id());
            Locator marker = page.locator(".atlas-marker.atlas-selected .atlas-marker-dot[data-layer-id='incidents'][data-feature-id='"
                    + crowded.id() + "']");
            marker.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText(crowded.title());
            int zoom = ((Number) page.evaluate("() => document.querySelector('atlas-map').map.getZoom()")).intValue();
            assertThat(zoom).as("zoomed in past the clusters that held it").isGreaterThan(7);

            Locator circle = page.locator("path[data-layer-id='uncertainty'][data-feature-id='" + crowded.id() + "']");
            circle.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            // an SVG arc, not a polygon of vertices
            assertThat(circle.getAttribute("d")).contains("a").doesNotContain("L");
            double width = ((Number) circle.evaluate("path => path.getBBox().width")).doubleValue();
            double metresPerPixel = 40_075_016.686 * Math.cos(Math.toRadians(crowded.location().getY())) / (256 << zoom);
            double expected = 2 * crowded.uncertainty().radiusMetres() / metresPerPixel;
            assertThat(width).as("diameter on screen, px, at zoom %d", zoom).isCloseTo(expected,
                    org.assertj.core.data.Percentage.withPercentage(10));
        }
    }

    @Test
    void aQuestionDrawsItsAnswersInColourAndTheOtherIncidentsDimmedBesideThem() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?view=35.0,39.5,7&q=east");
            page.locator(".atlas-cluster").first().waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            Locator dimmed = page.locator(".atlas-cluster-marker.atlas-dimmed, .atlas-marker.atlas-dimmed .atlas-marker-dot,"
                    + " .atlas-marker-dot.atlas-dimmed");
            dimmed.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            assertThat(page.locator(".atlas-cluster-marker:not(.atlas-dimmed)").count()
                    + page.locator(".atlas-marker:not(.atlas-dimmed) > .atlas-marker-dot[data-layer-id='incidents']").count())
                    .as("answers drawn in colour").isPositive();
            assertThat(page.locator(".atlas-cluster[aria-label*='outside']").count()).as("clusters naming those outside the answer")
                    .isPositive();
        }
    }

    @Test
    void presentingAnIncidentInsideAClusterFliesInUntilItIsDrawnOnItsOwnAndOutlinesIt() {
        List<Incident> all = incidents.findAll();
        // Presenting starts at the first incident (by id) of the latest date up to the timeline's: the first of its day.
        Map<LocalDate, Incident> firstOfDay = new HashMap<>();
        all.forEach(i -> firstOfDay.merge(i.date().start(), i, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b));
        Incident presented = mostCrowded(List.copyOf(firstOfDay.values()), all);
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?view=35.0,39.5,7&date=" + presented.date().start());
            page.locator(".atlas-cluster").first().waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            page.locator("h1").click();
            page.keyboard().press("p");
            assertThat(page.locator(".atlas-caption h2")).hasText(presented.title());
            Locator marker = page.locator(".atlas-marker.atlas-selected .atlas-marker-dot[data-layer-id='incidents'][data-feature-id='"
                    + presented.id() + "']");
            marker.waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            int zoom = ((Number) page.evaluate("() => document.querySelector('atlas-map').map.getZoom()")).intValue();
            assertThat(zoom).as("at least the presenting zoom").isGreaterThanOrEqualTo(PresenterMode.PRESENTING_ZOOM);
            assertThat(page.locator(".leaflet-popup")).hasCount(0);
        }
    }

    /** The incident with the most others within about 500 m: one that sits in a cluster at the first zooms. */
    private static Incident mostCrowded(List<Incident> all) {
        return mostCrowded(all, all);
    }

    /** Of the candidates, the one with the most of {@code all} within about 500 m. */
    private static Incident mostCrowded(List<Incident> candidates, List<Incident> all) {
        return candidates.stream().max(Comparator.comparingLong(a -> all.stream()
                .filter(b -> Math.abs(b.location().getX() - a.location().getX()) < 0.005
                        && Math.abs(b.location().getY() - a.location().getY()) < 0.005).count())).orElseThrow();
    }
}
