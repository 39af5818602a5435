package org.deconfliction.atlas.analysis;

import java.util.Locale;
import java.util.Random;

/** Star-shaped test polygons in the middle of the area of interest, for the benchmarks' region questions. */
public final class StarPolygon {

    private StarPolygon() {
    }

    /**
     * The WKT of a closed star-shaped polygon of {@code vertices} vertices around a random centre (37–42.5°E,
     * 33.5–36°N), of mean radius {@code degrees} (stretched 1.2 times east–west), each radius drawn within
     * ±{@code jitter} of the mean as a fraction (0.03: a hand-drawn outline; 0.15: a jagged one). It never
     * crosses itself, since the angles increase.
     */
    public static String wkt(Random random, int vertices, double degrees, double jitter) {
        double lon = 37 + random.nextDouble() * 5.5;
        double lat = 33.5 + random.nextDouble() * 2.5;
        StringBuilder wkt = new StringBuilder("POLYGON ((");
        String first = null;
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = degrees * (1 - jitter + 2 * jitter * random.nextDouble());
            String vertex = String.format(Locale.ROOT, "%f %f", lon + r * Math.cos(angle) * 1.2, lat + r * Math.sin(angle));
            first = first == null ? vertex : first;
            wkt.append(vertex).append(", ");
        }
        return wkt.append(first).append("))").toString();
    }
}
