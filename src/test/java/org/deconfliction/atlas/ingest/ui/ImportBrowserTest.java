package org.deconfliction.atlas.ingest.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.AtlasBrowser;
import org.deconfliction.atlas.CommandLine;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The "done when" in headless Chromium against the application as it starts: an editor signs in, opens the
 * import screen from the header, drops an ACLED export of eastern Syria with bad rows, sees its rows on the preview
 * map and the rejects explained by line and column, imports the valid rows, finds the events on the map, on the
 * timeline and in the answer to "east of the Euphrates", exports that answer as a GeoPackage that GDAL opens without
 * a warning, and dropping the same file again is told that nothing would change; then undoes the import from the
 * screen, watches its progress, and finds the events gone from the map and the timeline and the undo in the history.
 * The preview map shows the incidents already stored, dimmed, under the rows to import.
 */
class ImportBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path;
    }

    @Test
    void anEditorDropsAnAcledExportPreviewsItCommitsFindsTheEventsAReimportChangesNothingAndAnUndoRemovesThem()
            throws IOException, InterruptedException {
        Path folder = Path.of("target", "test-data", "import-browser-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(folder.getParent());
        String acled;
        try (InputStream in = getClass().getResourceAsStream("/ingest/acled-export.csv")) {
            acled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .run("--server.port=0", "--atlas.data.folder=" + folder, "--atlas.map.base-layer=plain");
                BrowserContext context = browser.newContext(1400, 900)) {
            TestAccounts.add(app, "ines", "ines-password", Role.EDITOR.included());
            Page page = context.newPage();
            page.navigate(url(app, "/login"));
            page.locator("vaadin-login-form input[name='username']").fill("ines");
            page.locator("vaadin-login-form input[name='password']").fill("ines-password");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(u -> !u.contains("login"));
            page.locator("atlas-map .leaflet-container").waitFor();

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Import data")).click();
            page.waitForURL(u -> u.endsWith("/import"));
            drop(page, "eastern-syria.csv", acled);

            Locator rejects = page.locator(".atlas-import-rejects");
            assertThat(rejects).containsText("latitude and longitude look swapped");
            assertThat(rejects).containsText("duplicate id within the file");
            assertThat(page.locator(".atlas-import-counts")).containsText("9 rows read — 3 new, 0 changed, 0 unchanged, 6 rejected");
            assertThat(page.locator(".atlas-import-preview .atlas-marker-dot[data-feature-id='line-2']")).isVisible();
            assertThat(page.locator(".atlas-import-preview .atlas-marker-dot[data-feature-id='line-5']")).hasCount(0);
            page.locator(".atlas-import-preview .atlas-marker-dot[data-feature-id='line-2']").hover();
            assertThat(page.locator(".leaflet-tooltip")).containsText("Line 2 · 7 Feb 2018 · Armed clash in Khasham (new)");
            Locator stored = page.locator(".atlas-import-preview path.atlas-layer-" + StoredIncidentTiles.ID
                    + ", .atlas-import-preview .atlas-cluster-marker");
            stored.first().waitFor();
            assertThat(stored.count()).as("stored incidents drawn under the rows").isPositive();
            assertThat(page.locator(".atlas-import-preview .atlas-legend")).containsText("Stored incident");
            Path screenshot = Path.of("target", "screenshots", "atlas-import.png");
            Files.createDirectories(screenshot.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot));

            page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(CommitOptions.VALID_ONLY)).click();
            page.locator(".atlas-import-commit > vaadin-button").click();
            assertThat(page.locator(".atlas-import-message")).containsText("3 incidents created", new com.microsoft
                    .playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(app.getBean(IncidentRepository.class).findById("acled-syr10001")).isPresent();

            page.locator(".atlas-import-message a", new Page.LocatorOptions().setHasText("Show them on the map")).click();
            page.waitForURL(u -> !u.contains("import"));
            assertThat(page.locator(".atlas-marker-dot[data-feature-id='acled-syr10001']")).hasCount(1);
            page.navigate(url(app, "/?q=east"));
            assertThat(page.locator("vaadin-grid").first()).containsText("Armed clash in Khasham");
            assertThat(page.locator("atlas-timeline rect[data-id='acled-syr10001']")).hasCount(1);

            Download download = page.waitForDownload(() -> page.locator("a",
                    new Page.LocatorOptions().setHasText("Export GeoPackage")).click());
            assertThat(download.suggestedFilename()).endsWith(".gpkg");
            Path gpkg = folder.resolve("east-of-the-euphrates.gpkg");
            download.saveAs(gpkg);
            assertThat(CommandLine.installed("ogrinfo")).as("GDAL's ogrinfo (.ci/run installs gdal-bin)").isTrue();
            assertThat(CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString()))
                    .contains("incidents (Point)", "sites (Point)", "rivers (Line String)", "query")
                    .doesNotContainIgnoringCase("warning").doesNotContain("ERROR");
            assertThat(CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                    "SELECT place FROM incidents WHERE id = 'acled-syr10001'")).contains("Khasham");

            page.navigate(url(app, "/import"));
            drop(page, "eastern-syria.csv", acled);
            assertThat(page.locator(".atlas-import-message")).containsText(
                    "Every row of eastern-syria.csv is stored already with the same values: importing it again would change nothing.");
            assertThat(page.locator(".atlas-import-counts")).containsText("0 new, 0 changed, 3 unchanged, 6 rejected");
            assertThat(page.locator(".atlas-import-history vaadin-grid")).containsText("eastern-syria.csv");
            assertThat(page.locator("body")).not().containsText("Exception");

            undo(page, "eastern-syria.csv", 3);
            assertThat(app.getBean(IncidentRepository.class).findById("acled-syr10001")).isEmpty();
            assertThat(page.locator(".atlas-import-history vaadin-grid")).containsText("undone");
            assertThat(page.locator(".atlas-import-history vaadin-button", new Page.LocatorOptions()
                    .setHasText("Undo import"))).hasCount(0);
            page.locator("a", new Page.LocatorOptions().setHasText("Back to the map")).click();
            page.waitForURL(u -> !u.contains("import"));
            page.locator("atlas-map .leaflet-container").waitFor();
            assertThat(page.locator("atlas-timeline")).isVisible();
            assertThat(page.locator(".atlas-marker-dot[data-feature-id='acled-syr10001']")).hasCount(0);
            assertThat(page.locator("atlas-timeline rect[data-id='acled-syr10001']")).hasCount(0);
            assertThat(page.locator("body")).not().containsText("Exception");
        }
    }

    /**
     * Undoes the newest import of the file from the past imports, confirming in the dialog, and checks that the
     * progress bar said what was being undone (its first line or its count) and the message that it is done; every text
     * the progress line showed is recorded in the page as it changes, however briefly it was shown.
     */
    private static void undo(Page page, String fileName, int incidents) {
        // the whole page is observed, since the progress line may be drawn anew (or not yet be drawn) when the undo starts
        page.evaluate("() => { window.progressSeen = [];"
                + " new MutationObserver(() => { const line = document.querySelector('.atlas-import-rows-read');"
                + "     if (line && window.progressSeen.at(-1) !== line.textContent) window.progressSeen.push(line.textContent); })"
                + "     .observe(document.body, { childList: true, characterData: true, subtree: true }); }");
        Locator button = page.locator(".atlas-import-history vaadin-button", new Page.LocatorOptions().setHasText("Undo import"));
        assertThat(button.first()).hasAttribute("aria-label", java.util.regex.Pattern.compile("Undo the import of " + fileName + " of .*"));
        button.first().click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").first())
                .containsText("Undo the import of " + fileName + "?");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator(".atlas-import-message")).containsText("The import of " + fileName + " is undone",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.locator(".atlas-import-progress")).isHidden();
        @SuppressWarnings("unchecked")
        java.util.List<String> seen = (java.util.List<String>) page.evaluate("() => window.progressSeen");
        // a short undo may reach the browser in one round trip, its first line already replaced by its count
        assertThat(seen).as("the progress line while undoing").containsAnyOf(
                "Undoing the import of " + fileName + ": " + incidents + " incidents…",
                incidents + " of " + incidents + " incidents undone");
    }

    /** Drops a file with the given text onto the upload area, as a file dragged from the desktop is dropped. */
    private static void drop(Page page, String name, String text) {
        Locator upload = page.locator("vaadin-upload");
        upload.waitFor();
        upload.evaluate("(upload, file) => {"
                + " const transfer = new DataTransfer();"
                + " transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));"
                + " upload.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));"
                + " upload.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));"
                + "}", java.util.Map.of("name", name, "text", text));
    }
}
