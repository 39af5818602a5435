package org.deconfliction.atlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.timeline.DateStepper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The map as a person sees it, in headless Chromium against the running application. Tiles from the internet
 * never load here, so everything asserted comes from the application itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AtlasMapBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    @Value("${local.server.port}")
    int port;

    @Autowired
    SiteRepository sites;

    @Autowired
    IncidentRepository incidents;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.newContext(1280, 800);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void open(String query) {
        page.navigate("http://localhost:" + port + "/" + query);
        page.locator("atlas-map .leaflet-container").waitFor();
    }

    private Locator site(String id) {
        return page.locator(".atlas-marker-dot[data-feature-id='" + id + "']");
    }

    @Test
    void drawsTheNamedSitesTheRiverTheLineAndTheZone() {
        open("?view=34.6,39.6,7");

        for (String id : new String[] {"conoco", "al-tanf", "qamishli", "al-omar"}) {
            assertThat(site(id)).isVisible();
        }
        assertThat(page.locator("path[data-feature-id='euphrates']")).isVisible();
        assertThat(page.locator("path[data-feature-id='euphrates-deconfliction-line']")).isVisible();
        assertThat(page.locator("path[data-feature-id='al-tanf-deconfliction-zone']")).isVisible();
        assertThat(page.locator(".atlas-legend")).containsText("Deconfliction line (approximate)");
        assertThat(page.locator(".leaflet-control-scale-line").first()).containsText(Pattern.compile("\\d+ km"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "atlas-map.png")));
    }

    @Test
    void showsASitesNameOnHoverAndItsCardWithSourcesOnClick() {
        open("?view=35.2,40.3,9&layers=borders,sites");
        String name = sites.findById("conoco").orElseThrow().name();
        String source = sites.findById("conoco").orElseThrow().sources().getFirst().title();

        site("conoco").hover();
        assertThat(page.locator(".leaflet-tooltip")).hasText(name);

        site("conoco").click();
        Locator card = page.locator(".leaflet-popup-content .atlas-popup");
        assertThat(card).containsText(name);
        assertThat(card).containsText(source);
    }

    @Test
    void readsOutTheCursorPositionInDegreesAndMgrs() {
        open("?view=35.0,40.0,8");

        page.mouse().move(640, 420);
        assertThat(page.locator(".atlas-cursor")).hasText(Pattern.compile("3\\d\\.\\d{5}, 4\\d\\.\\d{5} · MGRS 37S [A-Z]{2} \\d{5} \\d{5}"));
    }

    @Test
    void keepsTheViewAndTheShownLayersInTheUrlAcrossAReload() {
        open("?view=34.45361,40.91861,9");
        assertThat(page).hasURL(Pattern.compile(".*view=34\\.45361,40\\.91861,9&.*"));

        page.locator(".leaflet-control-zoom-in").click();
        assertThat(page).hasURL(Pattern.compile(".*view=34\\.45\\d*,40\\.91\\d*,10&.*"));
        page.locator(".leaflet-control-layers").hover();
        page.locator(".leaflet-control-layers-overlays label", new Page.LocatorOptions().setHasText("Deconfliction zones"))
                .locator("input").uncheck();
        assertThat(page).hasURL(Pattern.compile("^(?!.*zones).*layers=.*$"));
        String shared = page.url();

        page.reload();
        page.locator("atlas-map .leaflet-container").waitFor();
        assertThat(page).hasURL(shared);
        assertThat(page.locator("path[data-feature-id='euphrates']")).isVisible();
        assertThat(page.locator("path[data-feature-id='al-tanf-deconfliction-zone']")).hasCount(0);
        assertThat(shared).contains("layers=").doesNotContain("zones");
    }

    @Test
    void clickingAnIncidentOpensItsCardWithItsSources() {
        Incident khasham = incidents.findById("battle-of-khasham-2018").orElseThrow();
        open("?view=35.28,40.3,10");

        Locator marker = page.locator(".atlas-marker-dot[data-feature-id='battle-of-khasham-2018']");
        marker.hover();
        assertThat(page.locator(".leaflet-tooltip")).hasText(khasham.date().label() + " · " + khasham.title());
        marker.click();

        Locator popup = page.locator(".leaflet-popup-content .atlas-popup");
        assertThat(popup).containsText(khasham.title());
        assertThat(popup).containsText(khasham.date().label());
        assertThat(popup).not().containsText(khasham.summary());
        Locator card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Incident details: " + khasham.title()));
        assertThat(card).isVisible();
        assertThat(card).containsText(khasham.summary());
        for (var source : khasham.sources()) {
            assertThat(card).containsText(source.title());
        }
        assertThat(card).containsText("Sources disagree");
        assertThat(page.locator(".atlas-selected .atlas-marker-dot[data-feature-id='battle-of-khasham-2018']")).isVisible();
    }

    @Test
    void aSearchResultFliesToTheIncidentAndOpensItsCard() {
        Incident alTanf = incidents.findById("al-tanf-drone-attack-2021").orElseThrow();
        open("?view=36.5,40.5,7");

        page.locator("input[aria-label='Find a site or incident']").fill("al Tanf drone");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(alTanf.title())).first().click();

        assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText(alTanf.title());
        Locator card = page.locator(".atlas-incident-detail");
        assertThat(card).containsText(alTanf.title());
        assertThat(card).containsText(alTanf.sources().getFirst().title());
        assertThat(page).hasURL(Pattern.compile(".*view=33\\.\\d+,38\\.\\d+,10&.*"));
    }

    @Test
    void drawingARectangleOnTheMapAsksWhatHappenedInsideIt() {
        int total = incidents.findAll().size();
        open("?view=35.3,40.2,9");
        Locator counts = page.locator(".atlas-query-counts");
        assertThat(counts).containsText(total + " incidents");

        RegionEditingBrowserTest.drawRectangle(page);

        assertThat(counts).not().containsText(total + " incidents");
        assertThat(counts).containsText("inside");
        assertThat(page.locator(".atlas-marker.atlas-dimmed").first()).isAttached();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "atlas-query.png")));
        assertThat(page).hasURL(Pattern.compile(".*q=region&shape=Rectangle&region=POLYGON.*"));
        String answer = counts.textContent();

        page.reload();
        assertThat(page.locator(".atlas-query-counts")).hasText(answer);
        assertThat(page.locator("path.leaflet-interactive[stroke='#0b6e99']")).hasCount(1);
    }

    @Test
    void stepsThroughIncidentDatesWithTheKeysAndPresentsTheCurrentIncident() {
        DateStepper stepper = DateStepper.over(incidents.findAll());
        LocalDate first = stepper.nextIncidentDate(LocalDate.of(2018, 2, 7)).orElseThrow();
        LocalDate second = stepper.nextIncidentDate(first).orElseThrow();
        open("?view=35.3,40.3,8&date=2018-02-07");
        page.locator("h1").click();

        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        page.keyboard().press("ArrowRight");
        assertThat(page).hasURL(Pattern.compile(".*date=" + first + ".*"));
        assertThat(page.locator(".atlas-timeline-summary")).containsText(first.format(shown));
        page.keyboard().press("ArrowRight");
        assertThat(page).hasURL(Pattern.compile(".*date=" + second + ".*"));
        assertThat(page.locator(".atlas-timeline-summary")).containsText(second.format(shown));

        page.keyboard().press("p");
        Locator caption = page.locator(".atlas-caption");
        assertThat(caption).isVisible();
        assertThat(caption.locator("h2")).hasText(incidentStartingOn(second).title());
        assertThat(caption).containsText(incidentStartingOn(second).sources().getFirst().title());
        assertThat(page.locator("vaadin-grid")).isHidden();
        assertThat(page.locator(".leaflet-pm-toolbar").first()).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*view=[^&]*,9&.*"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "atlas-presenting.png")));

        page.keyboard().press("PageUp");
        assertThat(caption.locator("h2")).hasText(incidentStartingOn(first).title());
        assertThat(page).hasURL(Pattern.compile(".*date=" + first + ".*"));

        page.keyboard().press("Escape");
        assertThat(caption).isHidden();
        assertThat(page.locator("vaadin-grid")).isVisible();
    }

    private Incident incidentStartingOn(LocalDate day) {
        return incidents.findAll().stream().filter(i -> i.date().start().equals(day))
                .min(java.util.Comparator.comparing(Incident::id)).orElseThrow();
    }

    @Test
    void aSnapshotOfThePresentedMapIsAPngWithTheCaptionAndNoTilesNeeded() throws Exception {
        open("?view=35.3,40.3,9&date=2018-02-07");
        page.locator("h1").click();
        page.keyboard().press("p");
        assertThat(page.locator(".atlas-caption")).isVisible();

        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator(".atlas-leave-presenting vaadin-button", new Page.LocatorOptions().setHasText("Snapshot PNG")).click());

        assertThat(download.suggestedFilename()).isEqualTo("deconfliction-atlas-2018-02-07.png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(download.path().toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(1000);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours: map, river, markers, caption text").isGreaterThan(50);
        java.nio.file.Files.copy(download.path(), Path.of("target", "screenshots", "snapshot.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theBackButtonReturnsToThePreviousStepInTime() {
        DateStepper stepper = DateStepper.over(incidents.findAll());
        LocalDate first = stepper.nextIncidentDate(LocalDate.of(2018, 2, 7)).orElseThrow();
        LocalDate second = stepper.nextIncidentDate(first).orElseThrow();
        java.time.format.DateTimeFormatter label = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        open("?view=35.3,40.3,8&date=2018-02-07");
        page.locator("h1").click();
        page.keyboard().press("ArrowRight");
        assertThat(page).hasURL(Pattern.compile(".*date=" + first + ".*"));
        page.keyboard().press("ArrowRight");
        assertThat(page).hasURL(Pattern.compile(".*date=" + second + ".*"));

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*date=" + first + ".*"));
        assertThat(page.locator(".atlas-timeline-summary")).containsText(first.format(label));

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*date=2018-02-07.*"));
        assertThat(page.locator(".atlas-timeline-summary")).containsText("7 Feb 2018");
    }

    @Test
    void clickingAnIncidentsIntervalOnTheTimelineOpensItsCard() {
        Incident khasham = incidents.findById("battle-of-khasham-2018").orElseThrow();
        open("?view=35.0,39.5,7");

        page.locator("rect.atlas-timeline-interval[data-id='battle-of-khasham-2018']").click();

        assertThat(page.locator(".leaflet-popup-content .atlas-popup")).containsText(khasham.title());
        assertThat(page).hasURL(Pattern.compile(".*incident=battle-of-khasham-2018.*"));
    }
}
