package org.deconfliction.atlas.ingest.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.HeadlessChromium;
import org.deconfliction.atlas.ingest.ProcessUse;
import org.deconfliction.atlas.store.SyntheticStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A large ACLED file through the import screen in headless Chromium, as an editor would import it: the file (made by
 * {@code SyntheticStore csv} unless it exists) is chosen in the upload, previewed, an import of it cancelled while
 * it reads, then imported (valid rows only) into a fresh embedded store (in a temporary folder deleted at the end,
 * also after a failure). Prints the upload and preview time, how
 * often the progress line moved and its longest pause, how long Cancel took to be acknowledged and to stop the
 * reading, the import's time and rows per second, the used heap's peak (sampled every 20 ms) above the started
 * application's, and the heap after a GC once imported. A plain {@code main}, not part of the test suite.
 *
 * <pre>{@code
 * java -Xmx6g -Dvaadin.productionMode=true -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt) \
 *     org.deconfliction.atlas.ingest.ui.ImportScreenBenchmark 1000000 [file.csv]
 * }</pre>
 */
public final class ImportScreenBenchmark {

    private static final double TIMEOUT_MS = 3_600_000;

    private ImportScreenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        Path file = (args.length > 1 ? Path.of(args[1]) : Path.of("target", "acled-" + rows + ".csv")).toAbsolutePath();
        if (!Files.exists(file)) {
            SyntheticStore.main(new String[] {"csv", file.toString(), String.valueOf(rows)});
        }
        System.out.printf(Locale.ROOT, "%s: %,d rows, %,d MB%n", file.getFileName(), rows, Files.size(file) >> 20);
        try (BenchmarkFolder folder = BenchmarkFolder.temporary("atlas-import-screen-benchmark-");
                ConfigurableApplicationContext atlas = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                        "--atlas.data.folder=" + folder.resolve("store"), "--atlas.stories.folder=" + folder.resolve("stories"),
                        "--atlas.admin.password=benchmark-admin", "--atlas.ingest.max-upload=4GB", "--logging.level.root=WARN");
                HeadlessChromium chromium = new HeadlessChromium();
                BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            int port = ((WebServerApplicationContext) atlas).getWebServer().getPort();
            context.setDefaultTimeout(TIMEOUT_MS);
            System.gc();
            long before = ProcessUse.used();
            ProcessUse peak = ProcessUse.start();
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("admin");
            page.locator("vaadin-login-form input[name='password']").fill("benchmark-admin");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.waitForURL(u -> !u.contains("login"));
            page.navigate("http://localhost:" + port + "/import");
            page.locator("vaadin-upload").waitFor();

            long started = System.nanoTime();
            page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click()).setFiles(file);
            Locator counts = page.locator(".atlas-import-counts");
            List<long[]> moves = follow(page, () -> counts.isVisible());
            double previewSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "upload and preview: %.1f s (%,.0f rows/s); %s%n", previewSeconds,
                    rows / previewSeconds, moved(moves));
            System.out.println("preview: " + counts.textContent());

            page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText(CommitOptions.VALID_ONLY)).click();
            Locator importButton = page.locator(".atlas-import-commit > vaadin-button");
            Locator line = page.locator(".atlas-import-rows-read");
            Locator message = page.locator(".atlas-import-message");
            importButton.click();
            long importing = System.nanoTime();
            while (readSoFar(line) < rows / 10 && System.nanoTime() - importing < TIMEOUT_MS * 1e6) {
                Thread.sleep(100);
            }
            long cancelled = System.nanoTime();
            page.locator(".atlas-import-progress vaadin-button", new Page.LocatorOptions().setHasText("Cancel")).click();
            line.filter(new Locator.FilterOptions().setHasText("cancelling")).waitFor();
            double acknowledged = (System.nanoTime() - cancelled) / 1e6;
            message.filter(new Locator.FilterOptions().setHasText("cancelled")).waitFor();
            double stopped = (System.nanoTime() - cancelled) / 1e6;
            System.out.printf(Locale.ROOT, "cancel at %s: acknowledged on the screen after %.0f ms, reading stopped and "
                    + "said so after %.0f ms: %s%n", line.isVisible() ? line.textContent() : "the read rows", acknowledged,
                    stopped, message.textContent());

            long committing = System.nanoTime();
            long cpuStarted = ProcessUse.cpu();
            importButton.click();
            moves = follow(page, () -> message.textContent().contains("incidents created"));
            double seconds = (System.nanoTime() - committing) / 1e9;
            double cpuSeconds = (ProcessUse.cpu() - cpuStarted) / 1e9;
            peak.close();
            System.out.printf(Locale.ROOT, "import: %.1f s (%,.0f rows/s; CPU %.1f s, %,.0f rows per CPU second); %s%n",
                    seconds, rows / seconds, cpuSeconds, rows / cpuSeconds, moved(moves));
            System.out.println("message: " + message.textContent());
            System.out.printf(Locale.ROOT, "heap before %,d MB, peak %,d MB (+%,d MB), max %,d MB; load average %.1f%n",
                    before >> 20, peak.peak() >> 20, (peak.peak() - before) >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.gc();
            System.out.printf(Locale.ROOT, "heap after GC once imported: %,d MB (+%,d MB)%n", ProcessUse.used() >> 20,
                    (ProcessUse.used() - before) >> 20);
            previewOverTheStore(page, file, folder.resolve("three-rows.csv"), rows);
        }
    }

    /**
     * Previews a file of the first three rows of the imported one (all stored now, so unchanged) over the store of
     * every row, and prints how long until the preview shows, what the browser received meanwhile (UIDL answers and
     * push frames) and how many stored incidents' markers and clusters the preview map draws.
     */
    private static void previewOverTheStore(Page page, Path imported, Path small, int rows) throws Exception {
        try (java.util.stream.Stream<String> lines = Files.lines(imported)) {
            Files.write(small, lines.limit(4).toList());
        }
        AtomicLong received = new AtomicLong();
        page.onResponse(response -> {
            if (response.url().contains("v-r=uidl")) {
                received.addAndGet(response.body().length);
            }
        });
        page.onWebSocket(socket -> socket.onFrameReceived(frame -> received.addAndGet(
                frame.text() != null ? frame.text().length() : frame.binary().length)));
        long started = System.nanoTime();
        page.waitForFileChooser(() -> page.locator("vaadin-upload vaadin-button").first().click()).setFiles(small);
        page.locator(".atlas-import-counts", new Page.LocatorOptions().setHasText("3 rows read")).waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        Locator stored = page.locator(".atlas-import-preview path.atlas-layer-" + StoredIncidentTiles.ID
                + ", .atlas-import-preview .atlas-cluster-marker");
        stored.first().waitFor();
        Thread.sleep(3000); // the tiles left for further rounds, if any
        System.out.printf(Locale.ROOT, "a 3-row preview over %,d stored incidents: shown after %.1f s; %,d KB received "
                        + "by the browser until 3 s after; %d stored markers and clusters drawn: %s%n", rows, seconds,
                received.get() >> 10, stored.count(), page.locator(".atlas-import-counts").textContent());
    }

    /**
     * Watches the progress line every 100 ms until {@code done} holds; answers the moments (ms from the start) its
     * text changed, with the rows it then said were read.
     */
    private static List<long[]> follow(Page page, java.util.function.BooleanSupplier done) throws InterruptedException {
        Locator line = page.locator(".atlas-import-rows-read");
        long start = System.nanoTime();
        List<long[]> moves = new ArrayList<>();
        String last = "";
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - start > TIMEOUT_MS * 1e6) {
                throw new IllegalStateException("no end after " + TIMEOUT_MS / 1000 + " s; last progress: " + last);
            }
            String text = line.isVisible() ? line.textContent() : "";
            if (!text.equals(last)) {
                moves.add(new long[] {(System.nanoTime() - start) / 1_000_000, readSoFar(text)});
                last = text;
            }
            Thread.sleep(100);
        }
        return moves;
    }

    private static String moved(List<long[]> moves) {
        long longest = 0;
        for (int k = 1; k < moves.size(); k++) {
            longest = Math.max(longest, moves.get(k)[0] - moves.get(k - 1)[0]);
        }
        return String.format(Locale.ROOT, "the progress line changed %d times, its longest pause %.1f s", moves.size(),
                longest / 1000.0);
    }

    private static long readSoFar(Locator line) {
        return line.isVisible() ? readSoFar(line.textContent()) : 0;
    }

    /** The count at the start of a progress line ("12,000 rows read"), 0 for any other text. */
    private static long readSoFar(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([\\d,]+) rows read").matcher(text.strip());
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }
}
