package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.locationtech.jts.geom.Coordinate;

/**
 * Edges drawn on the Web Mercator (EPSG:3857) map are straight on screen, not in longitude/latitude. This class
 * bisects each edge in Mercator coordinates until the longitude/latitude chord between neighbouring vertices stays
 * within {@value #TOLERANCE_METRES} m (geodesic) of the Mercator straight line, so the drawn shape survives the
 * change of coordinates. Mercator x is proportional to longitude, so only latitude needs converting.
 */
final class WebMercatorEdges {

    /** Largest distance in metres allowed between an edge as drawn and its longitude/latitude chords. */
    static final double TOLERANCE_METRES = 1.0;
    /** Highest latitude Web Mercator shows, in degrees. */
    static final double MAX_LATITUDE = 85.05112878;
    private static final int MAX_DEPTH = 24;

    private WebMercatorEdges() {
    }

    /** Mercator northing of a latitude in degrees, on the unit sphere (ln tan(π/4 + φ/2)). */
    static double northing(double latDegrees) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latDegrees) / 2));
    }

    /** Latitude in degrees of a Mercator northing on the unit sphere. */
    static double latitude(double northing) {
        return Math.toDegrees(2 * Math.atan(Math.exp(northing)) - Math.PI / 2);
    }

    /**
     * The ring or line with vertices added along each edge so that it follows the Mercator straight lines between
     * the given vertices; returns the input's vertices unchanged where no edge bends (meridians, parallels).
     */
    static Coordinate[] densify(Coordinate[] vertices) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i < vertices.length; i++) {
            if (i > 0) {
                bisect(vertices[i - 1], vertices[i], 0, out);
            }
            out.add(new Coordinate(vertices[i].x, vertices[i].y));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static void bisect(Coordinate a, Coordinate b, int depth, List<Coordinate> out) {
        double midLon = (a.x + b.x) / 2;
        double midLat = latitude((northing(a.y) + northing(b.y)) / 2);
        double chordLat = (a.y + b.y) / 2;
        if (depth >= MAX_DEPTH || GeodesicDistance.between(midLon, midLat, midLon, chordLat) <= TOLERANCE_METRES) {
            return;
        }
        Coordinate mid = new Coordinate(midLon, midLat);
        bisect(a, mid, depth + 1, out);
        out.add(mid);
        bisect(mid, b, depth + 1, out);
    }
}
