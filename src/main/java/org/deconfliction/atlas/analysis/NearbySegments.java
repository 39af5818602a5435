package org.deconfliction.atlas.analysis;

import org.locationtech.jts.geom.Envelope;

/**
 * The segments of a line that may come within a given distance (metres) of some point of a box, for answering
 * "closer than" from many points of that box (an index bucket) without searching the STRtree each time. Valid only
 * for points in the box and distances up to the one it was made for. The few segments within
 * {@value #CLOSE_METRES} m of the box are kept apart, so that a point of small uncertainty in a box made for a large
 * one (a bucket holding one incident known only to its district) is tested against those alone.
 */
final class NearbySegments {

    /** Up to this distance the scale at the point's latitude is good to 0.1 % for every candidate. */
    private static final double ONE_SCALE_METRES = 20_000;
    /** In a box up to this tall (degrees) the scale at its middle is good to 0.05 % for all its points. */
    private static final double ONE_SCALE_BOX_DEGREES = 0.1;
    /** Distances up to this many metres are answered from the segments within it of the box. */
    static final double CLOSE_METRES = 5_000;

    private final GeodesicLineDistance line;
    private final GeodesicSegments segments;
    private final int[] candidates;
    /** The candidates that may come within {@link #CLOSE_METRES} of the box (all of them for a view up to that). */
    private final int[] close;
    private final double kx;
    private final double ky;

    NearbySegments(GeodesicLineDistance line, GeodesicSegments segments, Envelope box, double metres) {
        this.line = line;
        this.segments = segments;
        this.candidates = segments.candidates(EllipsoidScale.expand(box, metres));
        this.close = metres <= CLOSE_METRES || candidates.length == 0 ? candidates
                : segments.candidates(EllipsoidScale.expand(box, CLOSE_METRES));
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
     * Whether the line passes strictly closer than {@code within} metres (at most the view's) to the point. Up to
     * {@value #ONE_SCALE_METRES} m the flat-earth distance with one scale (the box's, or the point's latitude's) is
     * good to 0.15 % for every segment that could come that close, well inside the margin; beyond it the line's own
     * search decides. The flat-earth test settles most segments; the exact distance decides the ambiguous ones.
     */
    boolean isCloserThan(double lon, double lat, double within) {
        int[] tested = within <= CLOSE_METRES ? close : candidates;
        if (!(within > 0) || tested.length == 0) {
            return false;
        }
        if (within > ONE_SCALE_METRES) {
            return line.isCloserThan(lon, lat, within);
        }
        double scaleX = Double.isNaN(kx) ? EllipsoidScale.metresPerDegreeLongitude(lat) : kx;
        double scaleY = Double.isNaN(ky) ? EllipsoidScale.metresPerDegreeLatitude(lat) : ky;
        boolean ambiguous = false;
        for (int i : tested) {
            double approximate = segments.approximateMetres(i, lon, lat, scaleX, scaleY);
            if (approximate + segments.margin(i, approximate) < within) {
                return true;
            }
            ambiguous |= approximate - segments.margin(i, approximate) < within;
        }
        if (ambiguous) {
            for (int i : tested) {
                double approximate = segments.approximateMetres(i, lon, lat, scaleX, scaleY);
                if (approximate - segments.margin(i, approximate) < within && segments.exactMetres(i, lon, lat) < within) {
                    return true;
                }
            }
        }
        return false;
    }
}
