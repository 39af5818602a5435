package org.deconfliction.atlas.analysis;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * The segments of a line that may come within a given distance (metres) of some point of a box, for answering
 * "closer than" from many points of that box (an index bucket) without searching the STRtree each time. Valid only
 * for points in the box and distances up to the one it was made for. The candidates are kept in ascending order of a
 * lower bound on their distance from the box ({@link EllipsoidScale#separation}), so a point of small uncertainty in
 * a box made for a large one (a bucket holding one incident known only to its district) is tested against the few
 * segments that can come that close, and one of any uncertainty needs no search of its own.
 */
final class NearbySegments {

    /** Up to this distance the scale at the point's latitude is good to 0.1 % for every candidate. */
    private static final double ONE_SCALE_METRES = 20_000;
    /** In a box up to this tall (degrees) the scale at its middle is good to 0.05 % for all its points. */
    private static final double ONE_SCALE_BOX_DEGREES = 0.1;
    /** The low bits that carry a candidate's place while the candidates are sorted by their bound. */
    private static final long PLACE = 0xFFFFF;

    private final GeodesicLineDistance line;
    private final GeodesicSegments segments;
    private final double metres;
    /** The candidate segments, ascending by {@code lowest}. */
    private final int[] candidates;
    /** For each candidate, metres that no point of the box comes closer than to it. */
    private final double[] lowest;
    private final double kx;
    private final double ky;

    NearbySegments(GeodesicLineDistance line, GeodesicSegments segments, SegmentRuns runs, Envelope box, double metres) {
        this.line = line;
        this.segments = segments;
        this.metres = metres;
        int[] found = runs.near(box, metres);
        if (found.length > PLACE) {
            throw new IllegalArgumentException("a line of more than " + PLACE + " segments near one box: " + found.length);
        }
        long[] ranked = new long[found.length];
        double perDegreeLon = EllipsoidScale.separationScale(box, metres);
        for (int k = 0; k < found.length; k++) {
            double bound = EllipsoidScale.separationAtScale(box, segments.box(found[k]), perDegreeLon);
            // A non-negative double's bits order as the double does; the candidate's place rides in the low 20 bits
            // (a line has fewer segments), which rounds the bound down: still a bound, and the order stays sorted.
            ranked[k] = Double.doubleToLongBits(bound) & ~PLACE | k;
        }
        Arrays.sort(ranked);
        this.candidates = new int[found.length];
        this.lowest = new double[found.length];
        for (int k = 0; k < found.length; k++) {
            candidates[k] = found[(int) (ranked[k] & PLACE)];
            lowest[k] = Double.longBitsToDouble(ranked[k] & ~PLACE);
        }
        boolean small = box.getHeight() <= ONE_SCALE_BOX_DEGREES;
        this.kx = small ? EllipsoidScale.metresPerDegreeLongitude(box.centre().y) : Double.NaN;
        this.ky = small ? EllipsoidScale.metresPerDegreeLatitude(box.centre().y) : Double.NaN;
    }

    /** Whether some segment's box reaches into {@code box}: when none does, the line cannot cross it. */
    boolean mayCross(Envelope box) {
        for (int i : candidates) {
            if (segments.box(i).intersects(box)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line passes strictly closer than {@code within} metres (at most the view's) to the point; only
     * the candidates whose bound from the box is below {@code within} are tried. Up to {@value #ONE_SCALE_METRES} m
     * the flat-earth distance with one scale (the box's, or the point's latitude's) is good to 0.15 % for every
     * segment that could come that close, well inside the margin; beyond it each segment's own mean latitude gives
     * the scale, as {@link GeodesicLineDistance#isCloserThan} does. The flat-earth test settles most segments; the
     * exact distance decides the ambiguous ones.
     */
    boolean isCloserThan(double lon, double lat, double within) {
        if (!(within > 0)) {
            return false;
        }
        if (within > metres || within > GeodesicLineDistance.SCREENED_METRES) {
            return line.isCloserThan(lon, lat, within);
        }
        int reaching = reaching(within);
        if (reaching == 0) {
            return false;
        }
        boolean oneScale = within <= ONE_SCALE_METRES;
        double scaleX = !oneScale ? Double.NaN : Double.isNaN(kx) ? EllipsoidScale.metresPerDegreeLongitude(lat) : kx;
        double scaleY = !oneScale ? Double.NaN : Double.isNaN(ky) ? EllipsoidScale.metresPerDegreeLatitude(lat) : ky;
        boolean ambiguous = false;
        for (int k = 0; k < reaching; k++) {
            int i = candidates[k];
            double approximate = oneScale ? segments.approximateMetres(i, lon, lat, scaleX, scaleY)
                    : segments.approximateMetres(i, lon, lat);
            if (approximate + segments.margin(i, approximate) < within) {
                return true;
            }
            ambiguous |= approximate - segments.margin(i, approximate) < within;
        }
        if (ambiguous) {
            for (int k = 0; k < reaching; k++) {
                int i = candidates[k];
                double approximate = oneScale ? segments.approximateMetres(i, lon, lat, scaleX, scaleY)
                        : segments.approximateMetres(i, lon, lat);
                if (approximate - segments.margin(i, approximate) < within && segments.exactMetres(i, lon, lat) < within) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many candidates, from the first, have a bound below {@code within}. */
    private int reaching(double within) {
        int low = 0;
        int high = lowest.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lowest[middle] < within) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
