package org.deconfliction.atlas.analysis;

import java.util.Locale;
import java.util.StringJoiner;

/** Star-shaped outlines that cross themselves many times, as WKT, for the specifications and benchmarks of repair. */
public final class StarOutlines {

    private StarOutlines() {
    }

    /**
     * The star whose vertex i sits at angle 2π·(i·500 mod 1001)/1001, radius 0.5° around 40°E 35°N: 1,001
     * vertices, crossing itself 1001 × 499 times.
     */
    public static String star1001() {
        return star(1001, 500, 1);
    }

    /**
     * The star whose vertex i sits at angle 2π·(i·step mod n)/n, radius 0.5° around 40°E 35°N, each edge split into
     * {@code perEdge} straight pieces (many vertices, few crossings), as WKT {@code POLYGON}. For odd n and
     * step (n − 1)/2 it crosses itself n·(step − 1) times.
     */
    public static String star(int n, int step, int perEdge) {
        StringJoiner ring = new StringJoiner(", ", "POLYGON ((", "))");
        double[] previous = null;
        for (int i = 0; i <= n; i++) {
            double angle = 2 * Math.PI * ((long) (i % n) * step % n) / n;
            double[] p = {40 + 0.5 * Math.cos(angle), 35 + 0.5 * Math.sin(angle)};
            if (previous != null) {
                for (int k = 1; k < perEdge; k++) {
                    double f = k / (double) perEdge;
                    ring.add(String.format(Locale.ROOT, "%.7f %.7f", previous[0] + f * (p[0] - previous[0]),
                            previous[1] + f * (p[1] - previous[1])));
                }
            }
            ring.add(String.format(Locale.ROOT, "%.7f %.7f", p[0], p[1]));
            previous = p;
        }
        return ring.toString();
    }
}
