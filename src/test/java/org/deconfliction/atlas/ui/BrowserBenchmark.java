package org.deconfliction.atlas.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.HeadlessChromium;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteKind;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The atlas in a real browser over a stored dataset (a plain {@code main}, not a test; see BENCHMARKS.md): starts
 * the application on a data folder (e.g. one {@code SyntheticStore} wrote), then drives headless Chromium through
 * Playwright at 1280×800 and prints the start-up time, the first map paint after navigation and its bytes, pan and
 * zoom redraws with their bytes, a typed 200-vertex region question until the answers are drawn and counted, the
 * timeline's redraw after a category filter changes, and the server's used heap after GC.
 *
 * <p>Arguments: the data folder, the rounds per measure (default 30), then any application settings
 * ({@code --atlas.analysis.time-budget=60s}).
 */
public final class BrowserBenchmark {

    private static final List<String> MAP = List.of("map");
    private static final int TIMEOUT_MS = 180_000;
    /** A small triangle near Deir ez-Zor, so the page opens on a region question and shows the typed-region field. */
    private static final String STARTING_REGION = "POLYGON((40.1%2035.3,40.2%2035.3,40.15%2035.35,40.1%2035.3))";

    private BrowserBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no data folder at " + folder);
        }
        long starting = System.nanoTime();
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--atlas.data.folder=" + folder, "--vaadin.productionMode=true"));
        settings.addAll(Arrays.asList(args).subList(Math.min(args.length, 2), args.length));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(settings.toArray(String[]::new));
                HeadlessChromium chromium = new HeadlessChromium()) {
            int stored = app.getBean(IncidentRepository.class).findAll().size();
            print("start-up with %,d stored incidents: %.1f s; used heap after GC %,d MB", stored,
                    (System.nanoTime() - starting) / 1e9, heapAfterGc() >> 20);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            List<Site> towns = app.getBean(SiteRepository.class).findAll().stream()
                    .filter(s -> s.kind() == SiteKind.TOWN).toList();
            if (!firstPaint(chromium.browser(), base, Math.min(rounds, 5))) {
                print("server used heap after GC: %,d MB; the other measures need a drawn map and were not taken", heapAfterGc() >> 20);
                return;
            }
            try (BrowserContext context = newContext(chromium.browser())) {
                Page page = context.newPage();
                page.navigate(base + "/?q=region&shape=Polygon&region=" + STARTING_REGION);
                page.locator(".atlas-cluster, .atlas-marker-dot[data-layer-id='incidents']").first().waitFor();
                PageProbe.install(page);
                PageProbe.settle(page, PageProbe.mark(page), MAP);
                panAndZoom(page, towns, rounds);
                regionQuestions(page, towns, rounds);
                timelineFilters(page, rounds);
                print("server used heap after GC, one session open: %,d MB", heapAfterGc() >> 20);
            }
        }
    }

    /** Fresh contexts (nothing cached): navigation to the first cluster or marker drawn, and every byte until settled. */
    private static boolean firstPaint(Browser browser, String base, int rounds) {
        double[] ms = new double[rounds];
        long[] bytes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            try (BrowserContext context = newContext(browser)) {
                Page page = context.newPage();
                page.navigate(base + "/");
                try {
                    ms[i] = ((Number) page.waitForFunction("() => document.querySelector(\".atlas-cluster, "
                            + ".atlas-marker-dot[data-layer-id='incidents']\") ? performance.now() : false").jsonValue()).doubleValue();
                } catch (TimeoutError e) {
                    Path shot = Path.of("target", "screenshots", "browser-benchmark-no-paint.png");
                    page.screenshot(new Page.ScreenshotOptions().setPath(shot));
                    print("first map paint: no cluster or incident marker within %d s of navigation (page as it was: %s)",
                            TIMEOUT_MS / 1000, shot.toAbsolutePath());
                    return false;
                }
                PageProbe.install(page);
                PageProbe.settle(page, 0, MAP);
                bytes[i] = PageProbe.bytesSoFar(page);
            }
        }
        print("first map paint after navigation (fresh browser, %d rounds): %s", rounds, summary(ms, "ms"));
        print("  bytes to the browser for the first view (page, scripts, every response): %s",
                summary(Arrays.stream(bytes).asDoubleStream().toArray(), "bytes"));
        return true;
    }

    /** Fresh viewports around towns at zoom 8–13, each followed by a pan of half a screen to the east. */
    private static void panAndZoom(Page page, List<Site> towns, int rounds) {
        SplittableRandom random = new SplittableRandom(13);
        List<PageProbe.Step> zooms = new ArrayList<>();
        List<PageProbe.Step> pans = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Site town = towns.get(random.nextInt(towns.size()));
            int zoom = 8 + random.nextInt(6);
            zooms.add(moveTo(page, town.location().getY(), town.location().getX(), zoom));
            double halfScreenDegrees = 640 * 360 / (256 * Math.pow(2, zoom));
            pans.add(moveTo(page, town.location().getY(), town.location().getX() + halfScreenDegrees, zoom));
        }
        report("zoom to a new viewport (zoom 8-13)", zooms);
        report("pan by half a screen", pans);
    }

    private static PageProbe.Step moveTo(Page page, double lat, double lng, int zoom) {
        double since = ((Number) page.evaluate("([lat, lng, zoom]) => { const t = performance.now();"
                + " document.querySelector('atlas-map').setView(lat, lng, zoom); return t; }", List.of(lat, lng, zoom))).doubleValue();
        return PageProbe.settle(page, since, MAP);
    }

    /** A 200-vertex region (±3 % of a 20 km radius) around a town typed and asked, until the map and the counts settle. */
    private static void regionQuestions(Page page, List<Site> towns, int rounds) {
        moveTo(page, 35.3, 40.1, 8);
        Locator field = page.getByLabel("Or type a region");
        SplittableRandom random = new SplittableRandom(200);
        List<PageProbe.Step> steps = new ArrayList<>();
        String counted = "";
        for (int i = 0; i < rounds; i++) {
            Site town = towns.get(random.nextInt(towns.size()));
            field.fill(polygon(town.location().getY(), town.location().getX(), 20_000, random));
            field.blur(); // the field's value reaches the server on change, before the click is timed
            PageProbe.settle(page, PageProbe.mark(page), List.of("counts"));
            double since = ((Number) page.evaluate("() => { const t = performance.now(); [...document.querySelectorAll('vaadin-button')]"
                    + ".find(b => b.textContent.includes('Ask for this region')).click(); return t; }")).doubleValue();
            steps.add(PageProbe.settle(page, since, List.of("map", "counts")));
            counted = page.locator(".atlas-query-counts").textContent();
        }
        report("200-vertex region typed and asked, to answers drawn and counted", steps);
        print("  last counts shown: %s", counted.replaceAll("\\s+", " ").strip());
    }

    /** A category toggled in the question's filter, until the timeline has redrawn. */
    private static void timelineFilters(Page page, int rounds) {
        Locator categories = page.getByLabel("Categories");
        List<PageProbe.Step> steps = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            categories.click();
            page.locator("vaadin-multi-select-combo-box-item").first().waitFor();
            double since = ((Number) page.evaluate("(n) => { const items = document.querySelectorAll('vaadin-multi-select-combo-box-item');"
                    + " const t = performance.now(); items[n % items.length].click(); return t; }", i)).doubleValue();
            steps.add(PageProbe.settle(page, since, List.of("timeline")));
            page.keyboard().press("Escape");
            PageProbe.settle(page, PageProbe.mark(page), List.of("timeline", "map", "counts"));
        }
        report("timeline redraw after a category is toggled", steps);
    }

    /** A closed 200-vertex star around a point as WKT (longitude latitude), its radii {@code metres} ± 3 %. */
    static String polygon(double lat, double lon, double metres, SplittableRandom random) {
        StringJoiner ring = new StringJoiner(", ", "POLYGON ((", "))");
        String first = null;
        for (int v = 0; v < 200; v++) {
            GeodesicData at = Geodesic.WGS84.Direct(lat, lon, v * 360.0 / 200, metres * (0.97 + 0.06 * random.nextDouble()));
            String vertex = String.format(Locale.ROOT, "%.5f %.5f", at.lon2, at.lat2);
            first = first == null ? vertex : first;
            ring.add(vertex);
        }
        return ring.add(first).toString();
    }

    private static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    }

    private static void report(String what, List<PageProbe.Step> steps) {
        print("%s (%d rounds): %s", what, steps.size(), summary(steps.stream().mapToDouble(PageProbe.Step::ms).toArray(), "ms"));
        print("  bytes from the server per step: %s",
                summary(steps.stream().mapToDouble(PageProbe.Step::bytes).toArray(), "bytes"));
    }

    private static String summary(double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %,.0f %s, p95 %,.0f %s, max %,.0f %s", percentile(sorted, 50), unit,
                percentile(sorted, 95), unit, sorted[sorted.length - 1], unit);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(String format, Object... values) {
        System.out.printf(Locale.ROOT, format + "%n", values);
        System.out.flush();
    }
}
