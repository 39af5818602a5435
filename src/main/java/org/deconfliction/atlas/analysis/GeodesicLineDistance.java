package org.deconfliction.atlas.analysis;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Geodesic distance in metres on WGS84 from a point to a line (or to a polygon's boundary) whose segments are
 * geodesics between its vertices. Where edges are meant straight in longitude/latitude (polygon outlines), the
 * caller densifies them to {@value #MAX_SEGMENT_DEGREES}° first, which keeps the geodesics within 0.5 m of them. An
 * STRtree over the segments and an ellipsoidal flat-earth ranking (widened by each segment's bow from its
 * longitude/latitude chord) pick the candidates; {@link GeodesicIntercept} gives every reported value.
 */
final class GeodesicLineDistance {

    /** Longest edge, in degrees, that callers keep where edges are straight in longitude/latitude. */
    static final double MAX_SEGMENT_DEGREES = 0.04;
    private static final double FIRST_SEARCH_METRES = 4_000;
    private static final double LONGEST_SEARCH_METRES = 4e7;
    /** Beyond this the flat-earth screening is not trusted and the exact distance decides. */
    private static final double SCREENED_METRES = 500_000;

    private final GeodesicSegments segments;

    /**
     * Indexes every segment of a lineal or polygonal geometry (longitude/latitude degrees).
     *
     * @throws IllegalArgumentException if the geometry has no segment
     */
    GeodesicLineDistance(Geometry geometry) {
        this.segments = new GeodesicSegments(geometry);
    }

    /**
     * The shortest geodesic distance in metres from the point (degrees) to the line; 0 on the line. The search box
     * grows fourfold from 4 km until the best exact distance found lies within it, so no segment outside can beat it.
     */
    double metres(double lon, double lat) {
        for (double search = FIRST_SEARCH_METRES; search < LONGEST_SEARCH_METRES; search *= 4) {
            int[] candidates = segments.candidates(EllipsoidScale.boxAround(lon, lat, search));
            if (candidates.length == 0) {
                continue;
            }
            double[] ranked = new double[candidates.length];
            Integer[] order = new Integer[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                ranked[k] = segments.approximateMetres(candidates[k], lon, lat);
                order[k] = k;
            }
            Arrays.sort(order, (x, y) -> Double.compare(ranked[x], ranked[y]));
            double largestBow = segments.largestBow(candidates);
            double best = Double.POSITIVE_INFINITY;
            for (int k : order) {
                if (GeodesicSegments.lowestPossible(ranked[k], largestBow) > best) {
                    break;
                }
                best = Math.min(best, segments.exactMetres(candidates[k], lon, lat));
            }
            if (best <= search) {
                return best;
            }
        }
        throw new IllegalStateException("no segment within " + LONGEST_SEARCH_METRES + " m of " + lon + " " + lat);
    }

    /** Whether the geodesic distance from the point (degrees) to the line is strictly less than {@code metres}. */
    boolean isCloserThan(double lon, double lat, double metres) {
        if (!(metres > 0)) {
            return false;
        }
        if (metres > SCREENED_METRES) {
            return metres(lon, lat) < metres;
        }
        int[] candidates = segments.candidates(EllipsoidScale.boxAround(lon, lat, metres));
        for (int i : candidates) {
            double approximate = segments.approximateMetres(i, lon, lat);
            if (approximate + segments.margin(i, approximate) < metres) {
                return true;
            }
        }
        for (int i : candidates) {
            double approximate = segments.approximateMetres(i, lon, lat);
            if (approximate - segments.margin(i, approximate) < metres && segments.exactMetres(i, lon, lat) < metres) {
                return true;
            }
        }
        return false;
    }

    /** The segments that may come within {@code metres} of some point of the box, for many queries from inside it. */
    NearbySegments nearby(Envelope box, double metres) {
        return new NearbySegments(this, segments, box, metres);
    }

    /** The box in degrees that holds the whole line. */
    Envelope extent() {
        return segments.extent();
    }
}
