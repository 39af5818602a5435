package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

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
    /** The ranking is trusted to this fraction of a distance, 3× its worst error within 500 km. */
    private static final double RELATIVE_MARGIN = 3e-3;
    /** ... plus this many metres. */
    private static final double ABSOLUTE_MARGIN = 5;
    private static final double FIRST_SEARCH_METRES = 4_000;
    private static final double LONGEST_SEARCH_METRES = 4e7;

    private final double[] lonA;
    private final double[] latA;
    private final double[] lonB;
    private final double[] latB;
    private final double[] azimuthA;
    private final double[] azimuthB;
    private final double[] length;
    private final double[] bow;
    private final Envelope[] boxes;
    private final STRtree segments = new STRtree();
    private final Envelope extent = new Envelope();

    /**
     * Builds the index over every segment of a lineal or polygonal geometry (longitude/latitude degrees).
     *
     * @throws IllegalArgumentException if the geometry has no segment
     */
    GeodesicLineDistance(Geometry geometry) {
        Geometry dense = geometry instanceof Polygonal ? geometry.getBoundary() : geometry;
        List<Coordinate[]> pairs = new ArrayList<>();
        for (int g = 0; g < dense.getNumGeometries(); g++) {
            if (dense.getGeometryN(g) instanceof LineString part) {
                Coordinate[] c = part.getCoordinates();
                for (int i = 1; i < c.length; i++) {
                    pairs.add(new Coordinate[] {c[i - 1], c[i]});
                }
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a line needs at least one segment, the geometry has none");
        }
        int n = pairs.size();
        lonA = new double[n];
        latA = new double[n];
        lonB = new double[n];
        latB = new double[n];
        azimuthA = new double[n];
        azimuthB = new double[n];
        length = new double[n];
        bow = new double[n];
        boxes = new Envelope[n];
        for (int i = 0; i < n; i++) {
            Coordinate a = pairs.get(i)[0];
            Coordinate b = pairs.get(i)[1];
            lonA[i] = a.x;
            latA[i] = a.y;
            lonB[i] = b.x;
            latB[i] = b.y;
            GeodesicData ab = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
            azimuthA[i] = ab.azi1;
            azimuthB[i] = ab.azi2;
            length[i] = ab.s12;
            bow[i] = bow(a, b, ab);
            boxes[i] = EllipsoidScale.expand(new Envelope(a, b), bow[i]);
            extent.expandToInclude(boxes[i]);
            segments.insert(boxes[i], i);
        }
        segments.build();
    }

    /** The shortest geodesic distance in metres from the point (degrees) to the line; 0 on the line. */
    double metres(double lon, double lat) {
        for (double search = FIRST_SEARCH_METRES; search < LONGEST_SEARCH_METRES; search *= 4) {
            int[] candidates = candidates(EllipsoidScale.boxAround(lon, lat, search));
            if (candidates.length == 0) {
                continue;
            }
            double[] ranked = new double[candidates.length];
            double maxBow = 0;
            Integer[] order = new Integer[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                ranked[k] = approximateMetres(candidates[k], lon, lat);
                order[k] = k;
                maxBow = Math.max(maxBow, bow[candidates[k]]);
            }
            java.util.Arrays.sort(order, (x, y) -> Double.compare(ranked[x], ranked[y]));
            double best = Double.POSITIVE_INFINITY;
            for (int k : order) {
                if (ranked[k] * (1 - RELATIVE_MARGIN) - ABSOLUTE_MARGIN - maxBow > best) {
                    break;
                }
                best = Math.min(best, exactMetres(candidates[k], lon, lat));
            }
            if (best <= search) {
                return best; // every segment outside the box is farther than the search radius
            }
        }
        throw new IllegalStateException("no segment within " + LONGEST_SEARCH_METRES + " m of " + lon + " " + lat);
    }

    /** Whether the geodesic distance from the point (degrees) to the line is strictly less than {@code metres}. */
    boolean isCloserThan(double lon, double lat, double metres) {
        if (!(metres > 0)) {
            return false;
        }
        if (metres > 500_000) {
            return metres(lon, lat) < metres;
        }
        Envelope box = EllipsoidScale.boxAround(lon, lat, metres);
        if (!extent.intersects(box)) {
            return false;
        }
        int[] candidates = candidates(box);
        for (int i : candidates) {
            double approximate = approximateMetres(i, lon, lat);
            if (approximate + margin(i, approximate) < metres) {
                return true;
            }
        }
        for (int i : candidates) {
            double approximate = approximateMetres(i, lon, lat);
            if (approximate - margin(i, approximate) < metres && exactMetres(i, lon, lat) < metres) {
                return true;
            }
        }
        return false;
    }

    /**
     * The segments that may come within {@code metres} of some point of the box, for answering
     * {@link Nearby#isCloserThan} from many points of that box without searching the tree each time.
     */
    Nearby nearby(Envelope box, double metres) {
        return new Nearby(candidates(EllipsoidScale.expand(box, metres)), metres, box);
    }

    /** A view of the segments near a box; valid for points in that box and distances up to the view's own. */
    final class Nearby {

        /** Up to this distance the scale at the point's latitude is good to 0.1 % for every candidate. */
        private static final double ONE_SCALE_METRES = 20_000;
        /** In a box up to this tall (degrees) the scale at its middle is good to 0.05 % for all its points. */
        private static final double ONE_SCALE_BOX_DEGREES = 0.1;

        private final int[] candidates;
        private final double metres;
        private final double kx;
        private final double ky;

        private Nearby(int[] candidates, double metres, Envelope box) {
            this.candidates = candidates;
            this.metres = metres;
            boolean small = box.getHeight() <= ONE_SCALE_BOX_DEGREES;
            this.kx = small ? EllipsoidScale.metresPerDegreeLongitude(box.centre().y) : Double.NaN;
            this.ky = small ? EllipsoidScale.metresPerDegreeLatitude(box.centre().y) : Double.NaN;
        }

        /** Whether some segment's box reaches into {@code box}: when none does, the line cannot cross it. */
        boolean mayCross(Envelope box) {
            for (int i : candidates) {
                if (boxes[i].intersects(box)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the line passes strictly closer than {@code within} metres (at most the view's) to the point. */
        boolean isCloserThan(double lon, double lat, double within) {
            if (!(within > 0) || candidates.length == 0) {
                return false;
            }
            if (metres > ONE_SCALE_METRES) {
                return GeodesicLineDistance.this.isCloserThan(lon, lat, within);
            }
            double kx = Double.isNaN(this.kx) ? EllipsoidScale.metresPerDegreeLongitude(lat) : this.kx;
            double ky = Double.isNaN(this.ky) ? EllipsoidScale.metresPerDegreeLatitude(lat) : this.ky;
            boolean ambiguous = false;
            for (int i : candidates) {
                double approximate = approximateMetres(i, lon, lat, kx, ky);
                if (approximate + margin(i, approximate) < within) {
                    return true;
                }
                ambiguous |= approximate - margin(i, approximate) < within;
            }
            if (ambiguous) {
                for (int i : candidates) {
                    double approximate = approximateMetres(i, lon, lat, kx, ky);
                    if (approximate - margin(i, approximate) < within && exactMetres(i, lon, lat) < within) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The extent of the line in degrees. */
    Envelope extent() {
        return new Envelope(extent);
    }

    private int[] candidates(Envelope box) {
        List<Integer> found = new ArrayList<>();
        segments.query(box, item -> found.add((Integer) item));
        int[] result = new int[found.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = found.get(k);
        }
        return result;
    }

    private double exactMetres(int i, double lon, double lat) {
        return GeodesicIntercept.metres(lon, lat, lonA[i], latA[i], lonB[i], latB[i], azimuthA[i], azimuthB[i], length[i]);
    }

    /** Flat-earth distance to the straight segment with the ellipsoid's scales at the mean latitude. */
    private double approximateMetres(int i, double lon, double lat) {
        double meanLat = (lat + (latA[i] + latB[i]) / 2) / 2;
        return approximateMetres(i, lon, lat, EllipsoidScale.metresPerDegreeLongitude(meanLat),
                EllipsoidScale.metresPerDegreeLatitude(meanLat));
    }

    /** Flat-earth distance to the straight segment with the given metres per degree of longitude and latitude. */
    private double approximateMetres(int i, double lon, double lat, double kx, double ky) {
        double ax = (lonA[i] - lon) * kx;
        double ay = (latA[i] - lat) * ky;
        double bx = (lonB[i] - lon) * kx;
        double by = (latB[i] - lat) * ky;
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double x = ax + t * dx;
        double y = ay + t * dy;
        return Math.sqrt(x * x + y * y);
    }

    /** How far the true distance to segment i may be from the approximate one, in metres. */
    private double margin(int i, double approximateMetres) {
        return approximateMetres * RELATIVE_MARGIN + ABSOLUTE_MARGIN + bow[i];
    }

    /**
     * An upper bound in metres on how far the geodesic from a to b strays from their longitude/latitude chord:
     * twice the gap at the middle (the gap grows with the square of the length, so it peaks there), plus 1 mm.
     */
    private static double bow(Coordinate a, Coordinate b, GeodesicData ab) {
        GeodesicData middle = Geodesic.WGS84.Direct(a.y, a.x, ab.azi1, ab.s12 / 2);
        return 2 * Geodesic.WGS84.Inverse(middle.lat2, middle.lon2, (a.y + b.y) / 2, (a.x + b.x) / 2,
                GeodesicMask.DISTANCE).s12 + 1e-3;
    }
}
