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
    static final double SCREENED_METRES = 500_000;

    private final GeodesicSegments segments;
    /** Cells of 1° bounded by the search, and of 0.05° bounded from those: the candidates for a point. */
    private final SegmentCells coarseCells;
    private final SegmentCells cells;
    private final SegmentRuns runs;
    private static final double COARSE_CELL_DEGREES = 1;
    private static final double CELL_DEGREES = 0.05;

    /**
     * Indexes every segment of a lineal or polygonal geometry (longitude/latitude degrees).
     *
     * @throws IllegalArgumentException if the geometry has no segment
     */
    GeodesicLineDistance(Geometry geometry) {
        this.segments = new GeodesicSegments(geometry);
        this.coarseCells = new SegmentCells(segments, COARSE_CELL_DEGREES, this::searchedMetres);
        this.cells = new SegmentCells(segments, CELL_DEGREES, (x, y) -> nearest(coarseCells.candidates(x, y), x, y));
        this.runs = new SegmentRuns(segments);
    }

    /**
     * The shortest geodesic distance in metres from the point (degrees) to the line; 0 on the line. Near the line the
     * point's cell ({@link SegmentCells}) gives the candidates; the exact distance is computed for the one nearest
     * by the flat-earth ranking, then only for those whose lower bound (ranking minus its tight margin) does not
     * exceed the best found, so usually for one to three segments. Elsewhere {@link #searchedMetres} decides.
     */
    double metres(double lon, double lat) {
        return nearest(cells.candidates(lon, lat), lon, lat);
    }

    /**
     * The least exact distance over a cell's candidates (null or none: by the search). A first pass ranks them by
     * flat-earth distance until the cell's own bound shows that no later one can beat the best ranked so far (plus
     * its margin); a second computes the exact distance for the first in the ranking, then for those whose lower
     * bound does not exceed the best exact distance found.
     */
    private double nearest(SegmentCells.Cell cell, double lon, double lat) {
        if (cell == null || cell.segments().length == 0) {
            return searchedMetres(lon, lat);
        }
        int[] candidates = cell.segments();
        double[] lowest = new double[candidates.length];
        int ranked = 0;
        int first = -1;
        double firstApproximate = Double.POSITIVE_INFINITY;
        double bound = Double.POSITIVE_INFINITY;
        for (; ranked < candidates.length && cell.lowest()[ranked] <= bound; ranked++) {
            int i = candidates[ranked];
            double approximate = segments.approximateMetres(i, lon, lat);
            double margin = segments.tightMargin(i, approximate, lat);
            lowest[ranked] = approximate - margin;
            bound = Math.min(bound, approximate + margin);
            if (approximate < firstApproximate) {
                firstApproximate = approximate;
                first = ranked;
            }
        }
        double best = segments.exactMetres(candidates[first], lon, lat, segments.along(candidates[first], lon, lat));
        for (int k = 0; k < ranked; k++) {
            if (k != first && lowest[k] <= best) {
                best = Math.min(best, segments.exactMetres(candidates[k], lon, lat, segments.along(candidates[k], lon, lat)));
            }
        }
        return best;
    }

    /**
     * The same distance by a search that needs no cells: the search box grows fourfold from 4 km until the best exact
     * distance found lies within it, so no segment outside can beat it.
     */
    double searchedMetres(double lon, double lat) {
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

    /**
     * Bounds in metres on the geodesic distance from a point (degrees) to the line ({@link SegmentRuns#boundsAt}):
     * {@code lowest} at most {@code upToMetres} (a line farther away gives {@code upToMetres}), {@code highest}
     * infinite when no segment comes within {@code upToMetres}.
     */
    DistanceBounds boundsAt(double lon, double lat, double upToMetres) {
        double[] bounds = runs.boundsAt(lon, lat, upToMetres);
        return new DistanceBounds(bounds[0], bounds[1]);
    }

    /** Metres that a point is at least ({@code lowest}) and at most ({@code highest}) from the line. */
    record DistanceBounds(double lowest, double highest) {
    }

    /** The segments that may come within {@code metres} of some point of the box, for many queries from inside it. */
    NearbySegments nearby(Envelope box, double metres) {
        return new NearbySegments(this, segments, runs, box, metres);
    }

    /** The box in degrees that holds the whole line. */
    Envelope extent() {
        return segments.extent();
    }
}
