package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.ComponentUtil;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapViewChangeEvent;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the clustered map sends per viewport at 100,000 and 1,000,000 incidents (a plain {@code main}, not a test;
 * see BENCHMARKS.md): for a 1280×800 px map, the tile JSON and server time of the first view of the area (zoom 7),
 * of fresh viewports at zoom 8–16 around random sites (every tile new), and of pans by half a screen (only the
 * tiles that came into view), with the time to arrange a question's answers ({@code AnswerClusters}). The
 * incidents are {@link SyntheticIncidents} (seed 42), measured twice: all answering, and with a question that about
 * half of them answer (those east of 40°E), the others drawn dimmed beside the answers. The zoom levels of the
 * viewports are 8–16 unless the system property {@code atlas.bench.zooms} names others ({@code 6-13}); the server
 * time is also given as the CPU time of the thread that sends the tiles.
 */
public final class MapTilesBenchmark {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int VIEWPORTS = 150;
    private static final int[] ZOOMS = Arrays.stream(System.getProperty("atlas.bench.zooms", "8-16").split("-"))
            .mapToInt(Integer::parseInt).toArray();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private MapTilesBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(a -> Integer.parseInt(a.replace("_", ""))).toArray();
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "map-tiles-");
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder.path(), "--spring.main.banner-mode=off",
                        "--vaadin.productionMode=true")) {
            List<Site> sites = app.getBean(SiteRepository.class).findAll();
            List<Incident> patterns = app.getBean(IncidentRepository.class).findAll();
            for (int size : sizes) {
                List<Incident> all = new SyntheticIncidents(sites, patterns, 42).stream(size).toList();
                measure(size, "", all, all, sites);
                List<Incident> east = all.stream().filter(i -> i.location().getX() > 40.0).toList();
                measure(size, "dimmed: ", all, east, sites);
            }
        }
    }

    /** Measures the map drawing {@code drawn}, {@code answers} among them in colour; {@code mode} prefixes each line. */
    private static void measure(int size, String mode, List<Incident> drawn, List<Incident> answers, List<Site> sites) {
        LeafletMap map = new LeafletMap();
        IncidentTiles tiles = new IncidentTiles(map);
        long start = System.nanoTime();
        tiles.show(drawn, answers);
        print(size, mode + "arrange (" + answers.size() + " answers of " + drawn.size() + ")", "%.0f ms",
                ms(System.nanoTime() - start));
        List<Incident> half = answers.stream().filter(i -> i.category().ordinal() % 2 == 0).toList();
        for (int run = 0; run < 3; run++) {
            start = System.nanoTime();
            tiles.show(drawn, run % 2 == 0 ? half : answers);
            print(size, mode + "arrange a new question (" + (run % 2 == 0 ? half.size() : answers.size()) + " answers)",
                    "%.0f ms", ms(System.nanoTime() - start));
        }
        // the first view of the area, as the atlas opens
        view(map, 35.0, 39.5, 7);
        start = System.nanoTime();
        tiles.sendViewport();
        print(size, mode + "first view, zoom 7", "%.1f ms, %,d bytes", ms(System.nanoTime() - start), tiles.lastPayload());

        Random random = new Random(size);
        double[] freshMs = new double[VIEWPORTS];
        double[] freshBytes = new double[VIEWPORTS];
        double[] panMs = new double[VIEWPORTS];
        double[] panBytes = new double[VIEWPORTS];
        double[] rounds = new double[VIEWPORTS];
        double[] completeBytes = new double[VIEWPORTS];
        double[] completeMs = new double[VIEWPORTS];
        double[] freshCpu = new double[VIEWPORTS];
        double[] panCpu = new double[VIEWPORTS];
        for (int v = 0; v < VIEWPORTS; v++) {
            Site site = sites.get(random.nextInt(sites.size()));
            int zoom = ZOOMS[0] + random.nextInt(ZOOMS[1] - ZOOMS[0] + 1);
            double lat = site.location().getY() + random.nextGaussian() * 0.05;
            double lng = site.location().getX() + random.nextGaussian() * 0.05;
            tiles.show(drawn, answers);
            view(map, lat, lng, zoom);
            long cpu = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            tiles.sendViewport();
            freshMs[v] = ms(System.nanoTime() - start);
            freshBytes[v] = tiles.lastPayload();
            // the browser asks again while tiles are left for another message
            completeBytes[v] = freshBytes[v];
            rounds[v] = 1;
            while (tiles.pending()) {
                view(map, lat, lng, zoom);
                tiles.sendViewport();
                completeBytes[v] += tiles.lastPayload();
                freshBytes[v] = Math.max(freshBytes[v], tiles.lastPayload());
                rounds[v]++;
            }
            completeMs[v] = ms(System.nanoTime() - start);
            freshCpu[v] = ms(THREADS.getCurrentThreadCpuTime() - cpu);
            double degreesPerPixel = 360.0 / (256 << zoom);
            view(map, lat, lng + degreesPerPixel * WIDTH / 2, zoom);
            cpu = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            tiles.sendViewport();
            panMs[v] = ms(System.nanoTime() - start);
            panBytes[v] = tiles.lastPayload();
            while (tiles.pending()) {
                view(map, lat, lng + degreesPerPixel * WIDTH / 2, zoom);
                tiles.sendViewport();
                panBytes[v] = Math.max(panBytes[v], tiles.lastPayload());
            }
            panCpu[v] = ms(THREADS.getCurrentThreadCpuTime() - cpu);
        }
        String zooms = "zoom " + ZOOMS[0] + "-" + ZOOMS[1];
        summary(size, mode + "fresh viewport, " + zooms + ": server time", freshMs, "ms");
        summary(size, mode + "fresh viewport, " + zooms + ": largest message", freshBytes, "bytes");
        summary(size, mode + "fresh viewport: messages until complete", rounds, "");
        summary(size, mode + "fresh viewport: bytes until complete", completeBytes, "bytes");
        summary(size, mode + "fresh viewport: server time until complete", completeMs, "ms");
        summary(size, mode + "fresh viewport: CPU time until complete", freshCpu, "ms");
        summary(size, mode + "pan by half a screen: server time", panMs, "ms");
        summary(size, mode + "pan by half a screen: largest message", panBytes, "bytes");
        summary(size, mode + "pan by half a screen: CPU time until complete", panCpu, "ms");
    }

    /** Reports a 1280×800 px view at a centre and zoom to the map, as the browser would. */
    private static void view(LeafletMap map, double lat, double lng, int zoom) {
        double scale = 256.0 * (1 << zoom);
        double x = (lng + 180) / 360 * scale;
        double y = (1 - Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) / Math.PI) / 2 * scale;
        double west = (x - WIDTH / 2.0) / scale * 360 - 180;
        double east = (x + WIDTH / 2.0) / scale * 360 - 180;
        double north = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y - HEIGHT / 2.0) / scale))));
        double south = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + HEIGHT / 2.0) / scale))));
        ComponentUtil.fireEvent(map, new MapViewChangeEvent(map, true, lat, lng, zoom, south, west, north, east));
    }

    private static void summary(int size, String what, double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        print(size, what, "median %,.1f %s, p95 %,.1f, max %,.1f", sorted[sorted.length / 2], unit,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(int size, String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%,9d  %-48s %s%n", size, what, String.format(Locale.ROOT, format, values));
    }
}
