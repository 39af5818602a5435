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
 * a warning, and dropping the same file again is told that nothing would change.
 */
class ImportBrowserTest {

    @RegisterExtension
    static final AtlasBrowser browser = new AtlasBrowser();

    private static String url(ConfigurableApplicationContext app, String path) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path;
    }

    @Test
    void anEditorDropsAnAcledExportPreviewsItCommitsFindsTheEventsAndAReimportChangesNothing() throws IOException, InterruptedException {
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
        }
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
