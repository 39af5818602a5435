package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.deconfliction.atlas.geodesy.Wgs84;

/**
 * The spatial index's cost per edit at scale (a plain main, not a test; see BENCHMARKS.md): N synthetic items spread
 * over the area of interest, every item's attributes derived once with the real bank and river distance, then
 * single-item moves applied with {@link LocatedItemIndex#updated}: the time per edit (the packing anew after 2√N
 * edits included, averaged), how many attributes were derived again, and a region query after the edits. Argument:
 * the number of items (default 1,000,000).
 */
final class IndexUpdateBenchmark {

    private IndexUpdateBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(20180207);
        EuphratesBank bank = ReferenceFixtures.bank();
        GeodesicLineDistance river = new GeodesicLineDistance(ReferenceFixtures.euphrates());
        AtomicLong derived = new AtomicLong();
        List<LocatedItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(item("incident-" + i, random));
        }
        long start = System.nanoTime();
        LocatedItemIndex index = new LocatedItemIndex(items, item -> {
            derived.incrementAndGet();
            double lon = item.point().getX();
            double lat = item.point().getY();
            return new ItemAttributes(item.id(), bank.side(lon, lat, 0), bank.side(lon, lat, item.uncertaintyMetres()) != BankSide.UNCERTAIN,
                    river.metres(lon, lat) / 1000, null, Double.NaN);
        });
        System.out.printf(Locale.ROOT, "index of %,d items built in %.0f ms%n", n, (System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        for (LocatedItem item : items) {
            index.attributes(item.id());
        }
        System.out.printf(Locale.ROOT, "every item's attributes derived once: %.1f s (%,d derived)%n",
                (System.nanoTime() - start) / 1e9, derived.get());

        int repackAfter = LocatedItemIndex.repackAfter(n);
        for (int edits : new int[] {1, 100, repackAfter + 1}) {
            long before = derived.get();
            long[] each = new long[edits];
            for (int e = 0; e < edits; e++) {
                LocatedItem moved = item(items.get(random.nextInt(n)).id(), random);
                long t = System.nanoTime();
                index = index.updated(List.of(moved), List.of());
                index.attributes(moved.id());
                each[e] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(each);
            long total = java.util.Arrays.stream(each).sum();
            System.out.printf(Locale.ROOT, "%,d single-item edits (update + the moved item's attributes): mean %.3f ms, median %.3f ms, "
                            + "slowest %.0f ms (packing anew after %,d changes); attributes derived again: %,d%n",
                    edits, total / 1e6 / edits, each[edits / 2] / 1e6, each[edits - 1] / 1e6, repackAfter, derived.get() - before);
        }
        start = System.nanoTime();
        for (LocatedItem item : items) {
            index.attributes(item.id());
        }
        System.out.printf(Locale.ROOT, "every item's attributes asked again after the edits: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        start = System.nanoTime();
        int inside = index.query(DrawnRegion.circle(40.14, 35.335, 50_000)).inside().size();
        System.out.printf(Locale.ROOT, "a 50 km circle around Deir ez-Zor after the edits: %,d inside in %.1f ms%n",
                inside, (System.nanoTime() - start) / 1e6);
    }

    private static LocatedItem item(String id, Random random) {
        double lon = EuphratesBank.WEST + random.nextDouble() * (EuphratesBank.EAST - EuphratesBank.WEST);
        double lat = EuphratesBank.SOUTH + random.nextDouble() * (EuphratesBank.NORTH - EuphratesBank.SOUTH);
        return new LocatedItem(id, Wgs84.point(lon, lat), random.nextInt(3) == 0 ? 0 : random.nextDouble() * 10_000);
    }
}
