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
 * The geodesic segments of a line (longitude/latitude degrees) in an STRtree, each with its azimuths and length
 * from GeographicLib and its bow: how far in metres the geodesic strays from the straight longitude/latitude chord.
 * Per segment it gives an approximate distance (flat-earth, ellipsoid scales) with its error margin, and the exact
 * geodesic distance from {@link GeodesicIntercept}.
 */
final class GeodesicSegments {

    /** The flat-earth distance is trusted to this fraction, 3× its worst error within 500 km ... */
    private static final double RELATIVE_MARGIN = 3e-3;
    /** ... plus this many metres (plus the segment's bow). */
    private static final double ABSOLUTE_MARGIN = 5;

    private final double[] lonA;
    private final double[] latA;
    private final double[] lonB;
    private final double[] latB;
    private final double[] azimuthA;
    private final double[] azimuthB;
    private final double[] length;
    private final double[] bow;
    private final Envelope[] boxes;
    private final STRtree tree = new STRtree();
    private final Envelope extent = new Envelope();

    /**
     * The segments of every line of a lineal geometry, or of a polygonal geometry's rings.
     *
     * @throws IllegalArgumentException if the geometry has no segment
     */
    GeodesicSegments(Geometry geometry) {
        Geometry lines = geometry instanceof Polygonal ? geometry.getBoundary() : geometry;
        List<Coordinate[]> pairs = new ArrayList<>();
        for (int g = 0; g < lines.getNumGeometries(); g++) {
            if (lines.getGeometryN(g) instanceof LineString part) {
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
            tree.insert(boxes[i], i);
        }
        tree.build();
    }

    /** The segments whose boxes (chord plus bow) meet the given box, in no order; empty when none do. */
    int[] candidates(Envelope box) {
        if (!extent.intersects(box)) {
            return new int[0];
        }
        List<Integer> found = new ArrayList<>();
        tree.query(box, item -> found.add((Integer) item));
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The box in degrees that holds segment i. */
    Envelope box(int i) {
        return boxes[i];
    }

    /** The box in degrees that holds the whole line. */
    Envelope extent() {
        return new Envelope(extent);
    }

    /** The largest bow of the given segments, in metres. */
    double largestBow(int[] candidates) {
        double largest = 0;
        for (int i : candidates) {
            largest = Math.max(largest, bow[i]);
        }
        return largest;
    }

    /** The exact geodesic distance in metres from the point (degrees) to segment i. */
    double exactMetres(int i, double lon, double lat) {
        return GeodesicIntercept.metres(lon, lat, lonA[i], latA[i], lonB[i], latB[i], azimuthA[i], azimuthB[i], length[i]);
    }

    /** Flat-earth distance in metres to the chord of segment i with the ellipsoid's scales at the mean latitude. */
    double approximateMetres(int i, double lon, double lat) {
        double meanLat = (lat + (latA[i] + latB[i]) / 2) / 2;
        return approximateMetres(i, lon, lat, EllipsoidScale.metresPerDegreeLongitude(meanLat),
                EllipsoidScale.metresPerDegreeLatitude(meanLat));
    }

    /** Flat-earth distance in metres to the chord of segment i with the given metres per degree. */
    double approximateMetres(int i, double lon, double lat, double kx, double ky) {
        double ax = (lonA[i] - lon) * kx;
        double ay = (latA[i] - lat) * ky;
        double dx = (lonB[i] - lon) * kx - ax;
        double dy = (latB[i] - lat) * ky - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double x = ax + t * dx;
        double y = ay + t * dy;
        return Math.sqrt(x * x + y * y);
    }

    /** How far in metres the exact distance to segment i may be from an approximate one. */
    double margin(int i, double approximateMetres) {
        return approximateMetres * RELATIVE_MARGIN + ABSOLUTE_MARGIN + bow[i];
    }

    /** The least exact distance any segment could have, given the smallest approximate one and the largest bow. */
    static double lowestPossible(double approximateMetres, double largestBow) {
        return approximateMetres * (1 - RELATIVE_MARGIN) - ABSOLUTE_MARGIN - largestBow;
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
