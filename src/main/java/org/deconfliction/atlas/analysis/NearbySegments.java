package org.deconfliction.atlas.analysis;

import org.locationtech.jts.geom.Envelope;

/**
 * The segments of a line that may come within a given distance (metres) of some point of a box, for answering
 * "closer than" from many points of that box (an index bucket) without searching the STRtree each time. Valid only
 * for points in the box and distances up to the one it was made for.
 */
final class NearbySegments {

    /** Up to this distance the scale at the point's latitude is good to 0.1 % for every candidate. */
    private static final double ONE_SCALE_METRES = 20_000;
    /** In a box up to this tall (degrees) the scale at its middle is good to 0.05 % for all its points. */
    private static final double ONE_SCALE_BOX_DEGREES = 0.1;

    private final GeodesicLineDistance line;
    private final GeodesicSegments segments;
    private final int[] candidates;
    private final double metres;
    private final double kx;
    private final double ky;

    NearbySegments(GeodesicLineDistance line, GeodesicSegments segments, Envelope box, double metres) {
        this.line = line;
        this.segments = segments;
        this.candidates = segments.candidates(EllipsoidScale.expand(box, metres));
        this.metres = metres;
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

    /** Whether the line passes strictly closer than {@code within} metres (at most the view's) to the point. */
    boolean isCloserThan(double lon, double lat, double within) {
        if (!(within > 0) || candidates.length == 0) {
            return false;
        }
        if (metres > ONE_SCALE_METRES) {
            return line.isCloserThan(lon, lat, within);
        }
        double scaleX = Double.isNaN(kx) ? EllipsoidScale.metresPerDegreeLongitude(lat) : kx;
        double scaleY = Double.isNaN(ky) ? EllipsoidScale.metresPerDegreeLatitude(lat) : ky;
        boolean ambiguous = false;
        for (int i : candidates) {
            double approximate = segments.approximateMetres(i, lon, lat, scaleX, scaleY);
            if (approximate + segments.margin(i, approximate) < within) {
                return true;
            }
            ambiguous |= approximate - segments.margin(i, approximate) < within;
        }
        if (ambiguous) {
            for (int i : candidates) {
                double approximate = segments.approximateMetres(i, lon, lat, scaleX, scaleY);
                if (approximate - segments.margin(i, approximate) < within && segments.exactMetres(i, lon, lat) < within) {
                    return true;
                }
            }
        }
        return false;
    }
}
