package org.deconfliction.atlas.analysis;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deconfliction.atlas.geodesy.Wgs84;

/**
 * Benchmark of the analysis engine over 1,000,000 synthetic items spread evenly over the area of interest. A plain
 * main, not a test: run it as BENCHMARKS.md says. Single-threaded throughout, so every figure is for one core.
 */
public final class AnalysisBenchmark {

    private static final int ITEMS = 1_000_000;
    private static final int QUERIES = 200;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : ITEMS;
        Random random = new Random(20180207);
        long t0 = System.nanoTime();
        EuphratesBank bank = ReferenceFixtures.bank();
        print("bank construction (clip, prolong, polygonize, index)", "%.0f ms", ms(System.nanoTime() - t0));

        long before = usedHeap();
        List<LocatedItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = EuphratesBank.WEST + random.nextDouble() * (EuphratesBank.EAST - EuphratesBank.WEST);
            double lat = EuphratesBank.SOUTH + random.nextDouble() * (EuphratesBank.NORTH - EuphratesBank.SOUTH);
            double uncertainty = i % 3 == 0 ? 0 : random.nextDouble() * 10_000;
            items.add(new LocatedItem("incident-" + i, Wgs84.point(lon, lat), uncertainty));
        }
        long withItems = usedHeap();
        double[] builds = new double[3];
        LocatedItemIndex index = null;
        for (int r = 0; r < builds.length; r++) {
            index = null;
            usedHeap();
            long start = System.nanoTime();
            index = new LocatedItemIndex(items, item -> null);
            builds[r] = ms(System.nanoTime() - start);
        }
        long withIndex = usedHeap();
        print("items", "%,d", index.size());
        print("index build (STR packing + STRtree), 3 runs", "%s ms", Arrays.toString(round(builds)));
        print("heap: the items themselves (LocatedItem + id + JTS Point)", "%.0f bytes/item", (withItems - before) / (double) n);
        print("heap: the index on top of them", "%.0f bytes/item", (withIndex - withItems) / (double) n);
        print("heap: items + index", "%.0f bytes/item", (withIndex - before) / (double) n);

        double[] lons = items.stream().mapToDouble(i -> i.point().getX()).toArray();
        double[] lats = items.stream().mapToDouble(i -> i.point().getY()).toArray();
        double[] radii = items.stream().mapToDouble(LocatedItem::uncertaintyMetres).toArray();
        for (int r = 0; r < 5; r++) {
            classify(bank, lons, lats, radii, r < 2); // warm-up, then measured
        }

        LocatedItemIndex built = index;
        for (double jitter : new double[] {0.03, 0.15}) {
            List<DrawnRegion> polygons = new ArrayList<>();
            long parse = 0;
            for (int q = 0; q < QUERIES; q++) {
                String wkt = StarPolygon.wkt(random, 200, 0.70 + random.nextDouble() * 0.15, jitter);
                long start = System.nanoTime();
                polygons.add(DrawnRegion.polygon(wkt));
                parse += System.nanoTime() - start;
            }
            String name = String.format(Locale.ROOT, "200-vertex polygon, radii ±%.0f %%", jitter * 100);
            print(name + ": parse, densify, prepare", "%.2f ms mean", ms(parse) / QUERIES);
            latency(name + ": query", built, polygons);
        }
        List<DrawnRegion> circles = new ArrayList<>();
        List<DrawnRegion> buffers = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            double lon = 36 + random.nextDouble() * 7.5;
            double lat = 32.5 + random.nextDouble() * 4.5;
            circles.add(DrawnRegion.circle(lon, lat, 55_000));
            buffers.add(DrawnRegion.lineBuffer(String.format(Locale.ROOT, "LINESTRING (%f %f, %f %f, %f %f)",
                    lon, lat, lon + 0.8, lat + 0.5, lon + 1.6, lat - 0.1), 10));
        }
        latency("55 km circle query", built, circles);
        latency("10 km buffer of a 3-vertex, ~210 km line", built, buffers);

        SpatialAnalysis analysis = new SpatialAnalysis(ReferenceFixtures.euphrates(), List.of(), List.of(), List::of);
        LocatedItemIndex withAttributes = analysis.index(items);
        int sample = Math.min(n, 20_000);
        for (int i = 0; i < 2_000; i++) {
            withAttributes.attributes(items.get(n - 1 - i).id()); // warm-up
        }
        long start = System.nanoTime();
        for (int i = 0; i < sample; i++) {
            withAttributes.attributes(items.get(i).id());
        }
        print("derived attributes (bank, certainty, river km), first request", "%.1f µs/item",
                (System.nanoTime() - start) / 1e3 / sample);
    }

    private static void classify(EuphratesBank bank, double[] lons, double[] lats, double[] radii, boolean warmUp) {
        int[] counts = new int[BankSide.values().length];
        long start = System.nanoTime();
        for (int i = 0; i < lons.length; i++) {
            counts[bank.side(lons[i], lats[i], radii[i]).ordinal()]++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long exactStart = System.nanoTime();
        for (int i = 0; i < lons.length; i++) {
            counts[bank.side(lons[i], lats[i], 0).ordinal()]++;
        }
        double exactSeconds = (System.nanoTime() - exactStart) / 1e9;
        if (!warmUp) {
            print("bank classification, uncertainty 0-10 km", "%,.0f points/s  %s", lons.length / seconds,
                    Arrays.toString(counts));
            print("bank classification, exact points", "%,.0f points/s", lons.length / exactSeconds);
        }
    }

    private static void latency(String what, LocatedItemIndex index, List<DrawnRegion> regions) {
        for (DrawnRegion region : regions.subList(0, 20)) {
            index.query(region); // warm-up
        }
        double[] times = new double[regions.size()];
        long found = 0;
        for (int q = 0; q < regions.size(); q++) {
            long start = System.nanoTime();
            RegionMatch match = index.query(regions.get(q));
            times[q] = ms(System.nanoTime() - start);
            found += match.inside().size() + match.uncertain().size();
        }
        Arrays.sort(times);
        print(what, "median %.2f ms, p95 %.2f ms, max %.2f ms; %.2f %% of items matched on average",
                times[times.length / 2], times[(int) Math.ceil(times.length * 0.95) - 1], times[times.length - 1],
                100.0 * found / regions.size() / index.size());
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v)).toArray();
    }

    private static void print(String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-62s " + format + "%n", prepend(what, values));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

}
