package org.deconfliction.atlas.ui;

import java.util.Locale;
import java.util.StringJoiner;

/** Drawn regions long enough that a link of them would not open: many-sided polygons as WKT (lon lat). */
final class LongRegions {

    private LongRegions() {
    }

    /**
     * A convex polygon of {@code vertices} corners on a circle of {@code radius} degrees around 40.2°E 35.3°N (over
     * Deir ez-Zor), written with 6 decimals as the view writes regions: about 21 characters per vertex.
     */
    static String polygon(int vertices, double radius) {
        StringJoiner ring = new StringJoiner(", ", "POLYGON ((", "))");
        String first = null;
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            String vertex = String.format(Locale.ROOT, "%.6f %.6f", 40.2 + radius * Math.cos(angle),
                    35.3 + radius * Math.sin(angle));
            first = first == null ? vertex : first;
            ring.add(vertex);
        }
        return ring.add(first).toString();
    }
}
