package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.ItemVisitor;
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
    /**
     * Below this many metres, at latitudes up to {@value #TIGHT_MAX_LATITUDE}°, the flat-earth distance between two
     * points is within {@value #CUBIC_ERROR} × d³ (d in metres) of the geodesic one: 3× the worst error measured on
     * 3 million random pairs at latitudes 30–40°, which grows with the cube of the distance.
     */
    private static final double TIGHT_MAX_METRES = 1_000_000;
    private static final double TIGHT_MAX_LATITUDE = 45;
    private static final double CUBIC_ERROR = 1e-14;
    /** Floor of the tight margin in metres (rounding). */
    private static final double TIGHT_FLOOR = 0.01;
    /** The walk to the foot starts only from a flat-earth foot this far (fraction of the segment) from both ends. */
    private static final double FOOT_INSIDE = 0.02;
    private static final int FOOT_STEPS = 4;
    private static final double FOOT_SETTLED_METRES = 1e-4;

    private final double[] lonA;
    private final double[] latA;
    private final double[] lonB;
    private final double[] latB;
    private final double[] azimuthA;
    private final double[] azimuthB;
    private final double[] length;
    private final double[] bow;
    /** Half the latitude span of each segment in radians: how far the mean latitude may move along it. */
    private final double[] halfSpan;
    private final Envelope[] boxes;
    /** Each segment's geodesic, for walking along it to the foot of a perpendicular. */
    private final GeodesicLine[] geodesics;
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
        halfSpan = new double[n];
        boxes = new Envelope[n];
        geodesics = new GeodesicLine[n];
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
            geodesics[i] = Geodesic.WGS84.Line(a.y, a.x, ab.azi1, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE
                    | GeodesicMask.AZIMUTH | GeodesicMask.DISTANCE_IN);
            halfSpan[i] = Math.toRadians(Math.abs(a.y - b.y)) / 2;
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
        FoundSegments found = new FoundSegments();
        tree.query(box, found);
        return Arrays.copyOf(found.segments, found.count);
    }

    /** The segment numbers a tree query visits, gathered without boxing them into a list. */
    private static final class FoundSegments implements ItemVisitor {
        private int[] segments = new int[16];
        private int count;

        @Override
        public void visitItem(Object item) {
            if (count == segments.length) {
                segments = Arrays.copyOf(segments, count * 2);
            }
            segments[count++] = (Integer) item;
        }
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

    /**
     * The same distance as {@link #exactMetres}, in about a third of its time when the foot of the perpendicular
     * lies well inside the segment: from the flat-earth foot (the fraction {@code along} of the chord), it walks the
     * geodesic by the along-track part of the geodesic to the point until a step is below 0.1 mm (two steps,
     * usually; the error shrinks by the square of distance over earth radius each step). When the flat-earth foot is
     * an end and the point lies beyond that end on the geodesic too, the end's distance is the answer (one inverse
     * problem). Where the foot nears an end or the walk does not settle, {@link #exactMetres} decides.
     */
    double exactMetres(int i, double lon, double lat, double along) {
        if (along <= 0 || along >= 1) {
            boolean atA = along <= 0;
            GeodesicData fromEnd = Geodesic.WGS84.Inverse(atA ? latA[i] : latB[i], atA ? lonA[i] : lonB[i], lat, lon,
                    GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
            double cos = Math.cos(Math.toRadians(fromEnd.azi1 - (atA ? azimuthA[i] : azimuthB[i])));
            if (length[i] <= 0 || (atA ? cos <= 0 : cos >= 0)) {
                return fromEnd.s12;
            }
            return exactMetres(i, lon, lat);
        }
        if (!(along > FOOT_INSIDE && along < 1 - FOOT_INSIDE)) {
            return exactMetres(i, lon, lat);
        }
        double s = along * length[i];
        for (int step = 0; step < FOOT_STEPS; step++) {
            GeodesicData foot = geodesics[i].Position(s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.AZIMUTH);
            GeodesicData toPoint = Geodesic.WGS84.Inverse(foot.lat2, foot.lon2, lat, lon,
                    GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
            double move = toPoint.s12 * Math.cos(Math.toRadians(toPoint.azi1 - foot.azi2));
            if (Math.abs(move) < FOOT_SETTLED_METRES) {
                return toPoint.s12;
            }
            s += move;
            if (!(s > 0 && s < length[i])) {
                break;
            }
        }
        return exactMetres(i, lon, lat);
    }

    /** The flat-earth foot's fraction of segment i's chord, as {@link #approximateMetres} finds it (0 to 1). */
    double along(int i, double lon, double lat) {
        double meanLat = (lat + (latA[i] + latB[i]) / 2) / 2;
        double kx = EllipsoidScale.metresPerDegreeLongitude(meanLat);
        double ky = EllipsoidScale.metresPerDegreeLatitude(meanLat);
        double ax = (lonA[i] - lon) * kx;
        double ay = (latA[i] - lat) * ky;
        double dx = (lonB[i] - lon) * kx - ax;
        double dy = (latB[i] - lat) * ky - ay;
        double lengthSquared = dx * dx + dy * dy;
        return lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
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

    /**
     * A margin in metres, much tighter than {@link #margin} close by, on how far the exact distance to segment i may be
     * from an approximate one from a point at latitude {@code lat}: the cubic error of the flat-earth distance, plus
     * the change of the east-west scale (relative rate at most tan 45° = 1 per radian) as the mean latitude moves along
     * the segment, plus the bow. Falls back to {@link #margin} beyond 1,000 km or 45° of latitude.
     */
    double tightMargin(int i, double approximateMetres, double lat) {
        double reach = approximateMetres * 1.01 + length[i];
        if (reach > TIGHT_MAX_METRES || Math.abs(lat) > TIGHT_MAX_LATITUDE
                || Math.max(Math.abs(latA[i]), Math.abs(latB[i])) > TIGHT_MAX_LATITUDE) {
            return margin(i, approximateMetres);
        }
        return CUBIC_ERROR * reach * reach * reach + reach * halfSpan[i] + bow[i] + TIGHT_FLOOR;
    }

    /** How many segments there are. */
    int count() {
        return lonA.length;
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
