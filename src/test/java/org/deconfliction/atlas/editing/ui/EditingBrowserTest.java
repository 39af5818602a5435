package org.deconfliction.atlas.editing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.editing.HistoryEntry;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.deconfliction.atlas.store.ChangeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the "done when" asks, in headless Chromium against the application as it starts: an editor signs in,
 * adds an incident with a click on the map, edits it twice (the second time by dragging its marker), restores the
 * first version from the history and sees it on the map and in the grid; after a restart of the application on
 * the same data folder everything is as it was left.
 */
class EditingBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static final String TITLE = "Rockets fired at a desert outpost";
    private static final String EDITED_TITLE = "Rockets and drones at a desert outpost";

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--atlas.data.folder=" + folder);
    }

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path;
    }

    @Test
    void anEditorAddsEditsTwiceRestoresAndARestartKeepsIt() throws IOException {
        Path folder = Path.of("target", "test-data", "editing-browser-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(folder.getParent());
        Path screenshot = Path.of("target", "screenshots", "atlas-editing.png");
        String id;
        Incident first;
        try (ConfigurableApplicationContext app = start(folder);
                BrowserContext context = browser.newContext(1280, 800)) {
            TestAccounts.add(app, "edna", "edna-password", Role.EDITOR.included());
            IncidentRepository incidents = app.getBean(IncidentRepository.class);
            Page page = context.newPage();
            signIn(page, url(app, "/login"));
            page.navigate(url(app, "/?view=33.6,37.5,8&layers=borders,sites,incidents"));
            Locator map = page.locator("atlas-map .leaflet-container");
            map.waitFor();

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New incident")).click();
            Locator editor = page.locator(".atlas-incident-editor").last();
            field(editor, "Title").waitFor();
            var box = map.boundingBox();
            map.click(new Locator.ClickOptions().setPosition(box.width / 2, box.height / 2));
            assertThat(page.locator(".atlas-edit-marker")).hasCount(1);
            assertThat(field(editor, "Latitude (°N)")).hasValue(java.util.regex.Pattern.compile("33\\.(5|6)\\d*"));
            field(editor, "Title").fill(TITLE);
            field(editor, "What happened").fill("Two rockets landed outside the outpost; no one was hurt.");
            field(editor, "Coalition forces (one per line)").fill("US forces\nMaghawir al-Thawra");
            field(editor, "Other forces (one per line)").fill("Iran-backed militia");
            field(editor, "Place").fill("desert outpost west of al-Tanf");
            field(editor, "Sources (one per line: title | publisher | document file)").fill("Press release | CJTF-OIR");
            save(page);

            first = incidents.findAll().stream().filter(i -> i.title().equals(TITLE)).findFirst().orElseThrow();
            id = first.id();
            Locator marker = page.locator(".atlas-marker-dot[data-feature-id='" + id + "']");
            assertThat(marker).isVisible();
            assertThat(page.locator("vaadin-grid")).containsText(TITLE);

            cardAction(page, marker, "Edit");
            field(editor, "Title").fill(EDITED_TITLE);
            field(editor, "Change comment (optional)").fill("drones seen as well");
            save(page);
            assertThat(page.locator("vaadin-grid")).containsText(EDITED_TITLE);

            cardAction(page, marker, "Edit");
            Locator pin = page.locator(".atlas-edit-marker");
            String latitudeBefore = field(editor, "Latitude (°N)").inputValue();
            var at = pin.boundingBox();
            page.mouse().move(at.x + at.width / 2, at.y + at.height / 2);
            page.mouse().down();
            page.mouse().move(at.x + at.width / 2 + 40, at.y + at.height / 2 - 60, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
            page.mouse().up();
            assertThat(field(editor, "Latitude (°N)")).not().hasValue(latitudeBefore);
            Files.createDirectories(screenshot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot));
            save(page);
            Incident moved = incidents.findById(id).orElseThrow();
            assertThat(moved.location().getY()).isGreaterThan(first.location().getY());
            assertThat(moved.title()).isEqualTo(EDITED_TITLE);

            cardAction(page, marker, "History");
            Locator history = page.locator(".atlas-history-dialog").last();
            assertThat(history).containsText("Title: " + TITLE + " → " + EDITED_TITLE);
            assertThat(history).containsText("“drones seen as well”");
            history.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Restore version 1")).click();
            assertThat(history).isHidden();

            assertThat(page.locator("vaadin-grid")).containsText(TITLE);
            assertThat(page.locator("vaadin-grid")).not().containsText(EDITED_TITLE);
            assertThat(marker).isVisible();
            assertThat(incidents.findById(id)).contains(first);
        }

        try (ConfigurableApplicationContext restarted = start(folder);
                BrowserContext context = browser.newContext(1280, 800)) {
            assertThat(restarted.getBean(IncidentRepository.class).findById(id)).contains(first);
            List<HistoryEntry> history = restarted.getBean(IncidentEditing.class).history(id);
            assertThat(history).extracting(HistoryEntry::kind)
                    .containsExactly(ChangeKind.RESTORED, ChangeKind.UPDATED, ChangeKind.UPDATED, ChangeKind.CREATED);
            assertThat(history).extracting(HistoryEntry::by).containsOnly("edna");
            Page page = context.newPage();
            page.navigate(url(restarted, "/?view=33.6,37.5,8"));
            Locator marker = page.locator(".atlas-marker-dot[data-feature-id='" + id + "']");
            assertThat(marker).isVisible();
            marker.click();
            assertThat(page.locator(".leaflet-popup")).containsText(TITLE);
            assertThat(page.locator("vaadin-grid")).containsText(TITLE);
            assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New incident"))).hasCount(0);
        }
    }

    private static void signIn(Page page, String login) {
        page.navigate(login);
        page.locator("vaadin-login-form input[name='username']").fill("edna");
        page.locator("vaadin-login-form input[name='password']").fill("edna-password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("login"));
    }

    private static Locator field(Locator editor, String label) {
        return editor.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private static void save(Page page) {
        page.locator(".atlas-incident-editor vaadin-button, vaadin-button", new Page.LocatorOptions().setHasText("Save")).last().click();
        assertThat(page.locator(".atlas-edit-marker")).hasCount(0);
    }

    /**
     * Clicks one of the buttons of the incident's card: the card the map opens by itself after a save (when it has
     * flown to the incident), else the one a click on its marker opens.
     */
    private static void cardAction(Page page, Locator marker, String action) {
        Locator popup = page.locator(".leaflet-popup");
        try {
            popup.last().waitFor(new Locator.WaitForOptions().setTimeout(5000));
        } catch (com.microsoft.playwright.TimeoutError notOpen) {
            marker.click();
        }
        // A card closed by the save fades out and leaves the page 200 ms later.
        page.waitForTimeout(400);
        assertThat(popup).hasCount(1);
        popup.locator(".atlas-popup-action", new Locator.LocatorOptions().setHasText(action)).click();
    }
}
