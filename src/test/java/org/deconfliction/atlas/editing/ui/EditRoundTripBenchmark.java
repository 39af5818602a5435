package org.deconfliction.atlas.editing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.HeadlessChromium;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticGeodataFolder;
import org.deconfliction.atlas.security.Role;
import org.deconfliction.atlas.security.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The single-incident edit round trip on the screen, in headless Chromium: from the click on Save in the editor to
 * the moment the session's views show the change (the editor closed, the incident's card on the map and its grid
 * row carrying the new title). Each round retitles the same incident; the store, the query index, the map's
 * incident layers, the timeline and the question's answer are all brought up to date in between. A plain
 * {@code main}, not run by {@code ./mvnw test}; see BENCHMARKS.md for the command.
 *
 * <p>Arguments: the number of synthetic incidents (0: the shipped ones) and the number of rounds (default 10).
 */
public final class EditRoundTripBenchmark {

    private EditRoundTripBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "edit-round-trip-")) {
            run(folder, count, rounds);
        }
    }

    private static void run(BenchmarkFolder folder, int count, int rounds) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--atlas.data.folder=" + folder.resolve("store")));
        if (count > 0) {
            SyntheticGeodataFolder.write(Path.of("geodata"), folder.resolve("geodata"), count, 42);
            arguments.add("--atlas.geodata.location=file:" + folder.resolve("geodata") + "/");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
                HeadlessChromium chromium = new HeadlessChromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            context.setDefaultTimeout(120_000);
            TestAccounts.add(app, "edna", "edna-password", Role.EDITOR.included());
            String port = app.getEnvironment().getProperty("local.server.port");
            String id = app.getBean(IncidentRepository.class).findAll().getFirst().id();
            int stored = app.getBean(IncidentRepository.class).findAll().size();
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("edna");
            page.locator("vaadin-login-form input[name='password']").fill("edna-password");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(url -> !url.contains("login"));
            page.navigate("http://localhost:" + port + "/?incident=" + id);
            Locator popup = page.locator(".leaflet-popup");
            long[] millis = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                String title = "Edited in round " + (round + 1);
                popup.last().waitFor();
                page.waitForTimeout(400);
                popup.locator(".atlas-popup-action", new Locator.LocatorOptions().setHasText("Edit")).click();
                Locator editor = page.locator(".atlas-incident-editor").last();
                editor.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill(title);
                Locator save = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")).last();
                long started = System.nanoTime();
                save.click();
                assertThat(page.locator(".atlas-edit-marker")).hasCount(0);
                assertThat(popup.last()).containsText(title);
                try {
                    assertThat(page.locator("vaadin-grid")).containsText(title);
                } catch (AssertionError e) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "edit-round-trip-failed.png")));
                    throw e;
                }
                millis[round] = (System.nanoTime() - started) / 1_000_000;
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("edit round trip with %,d stored incidents, %d rounds: median %d ms, min %d ms, max %d ms; all %s%n",
                    stored, rounds, sorted[rounds / 2], sorted[0], sorted[rounds - 1], Arrays.toString(millis));
        }
    }
}
