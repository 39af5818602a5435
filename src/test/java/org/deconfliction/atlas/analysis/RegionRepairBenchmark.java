package org.deconfliction.atlas.analysis;

import java.util.Locale;

/**
 * Benchmark of drawn-region repair: how long {@link DrawnRegion#polygon} takes for star outlines that cross
 * themselves from a few up to {@value DrawnGeometryReader#MAX_REPAIRED_CROSSINGS} times (repaired), and for stars
 * with far more crossings (refused after counting). A plain main, not a test: BENCHMARKS.md says how to run it.
 */
public final class RegionRepairBenchmark {

    private RegionRepairBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("vertices  step  edge pts  result                       median ms   max ms");
        int[][] stars = {{5, 2, 1}, {11, 5, 1}, {15, 7, 1}, {17, 8, 1}, {21, 10, 1}, {15, 7, 600}, {17, 8, 500},
                {23, 11, 1}, {331, 165, 1}, {1001, 500, 1}, {2001, 1000, 1}};
        for (int[] s : stars) {
            String wkt = StarOutlines.star(s[0], s[1], s[2]);
            double[] times = new double[7];
            String result = "";
            for (int r = 0; r < times.length; r++) {
                long start = System.nanoTime();
                try {
                    DrawnRegion region = DrawnRegion.polygon(wkt);
                    result = "repaired, " + region.outline().getNumGeometries() + " parts";
                } catch (InvalidRegionException e) {
                    result = "refused";
                }
                times[r] = (System.nanoTime() - start) / 1e6;
            }
            java.util.Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%8d  %4d  %8d  %-27s  %9.1f  %7.1f%n", s[0] * s[2], s[1], s[2], result,
                    times[times.length / 2], times[times.length - 1]);
        }
    }
}
