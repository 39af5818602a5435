package org.deconfliction.atlas.analysis;

import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Envelope;

/**
 * Metres per degree on the WGS84 ellipsoid, from its radii of curvature, used only to pick candidates and to bound
 * searches: every distance the atlas reports comes from GeographicLib. The boxes are conservative: a box around a
 * point for {@code metres} holds every point within that geodesic distance.
 */
final class EllipsoidScale {

    private static final double A = Geodesic.WGS84.EquatorialRadius();
    private static final double E2 = Geodesic.WGS84.Flattening() * (2 - Geodesic.WGS84.Flattening());
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;
    /** The shortest degree of latitude (at the equator), in metres: no geodesic gains a degree of latitude in less. */
    static final double MIN_METRES_PER_DEGREE_LATITUDE = metresPerDegreeLatitude(0);
    private static final double SAFETY = 1 + 1e-9;

    private EllipsoidScale() {
    }

    /** Length in metres of one degree of latitude at the given latitude in degrees (meridian radius of curvature). */
    static double metresPerDegreeLatitude(double latDegrees) {
        double s = Math.sin(latDegrees * RADIANS_PER_DEGREE);
        double w = 1 - E2 * s * s;
        return RADIANS_PER_DEGREE * A * (1 - E2) / (w * Math.sqrt(w));
    }

    /** Length in metres of one degree of longitude at the given latitude in degrees; 0 at the poles. */
    static double metresPerDegreeLongitude(double latDegrees) {
        double phi = latDegrees * RADIANS_PER_DEGREE;
        double s = Math.sin(phi);
        return Math.max(0, RADIANS_PER_DEGREE * A * Math.cos(phi) / Math.sqrt(1 - E2 * s * s));
    }

    /**
     * A longitude/latitude box in degrees holding every point within {@code metres} (geodesic) of the given point;
     * the box spans all longitudes when it reaches a pole.
     */
    static Envelope boxAround(double lon, double lat, double metres) {
        return expand(new Envelope(lon, lon, lat, lat), metres);
    }

    /** The box grown on every side so that it holds every point within {@code metres} of any point of {@code box}. */
    static Envelope expand(Envelope box, double metres) {
        double dLat = metres / MIN_METRES_PER_DEGREE_LATITUDE * SAFETY;
        double maxAbsLat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY())) + dLat;
        double perDegreeLon = metresPerDegreeLongitude(Math.min(maxAbsLat, 90));
        if (maxAbsLat >= 89.0 || perDegreeLon <= 0) {
            return new Envelope(-180, 180, Math.max(-90, box.getMinY() - dLat), Math.min(90, box.getMaxY() + dLat));
        }
        double dLon = metres / perDegreeLon * SAFETY;
        return new Envelope(box.getMinX() - dLon, box.getMaxX() + dLon, box.getMinY() - dLat, box.getMaxY() + dLat);
    }

    /**
     * A lower bound in metres, for bounds up to {@code upToMetres}, on the geodesic distance from any point of
     * {@code box} to any point of {@code other}: the inverse of {@link #expand}, which for any {@code m} below the
     * bound does not reach {@code other}. For the east-west gap it takes the shortest degree of longitude that
     * expanding by {@code upToMetres} could reach, so the bound holds for every smaller expansion too; 0 when the
     * boxes meet, and only the north-south gap counts where the expansion would reach a pole.
     */
    static double separation(Envelope box, Envelope other, double upToMetres) {
        return separationAtScale(box, other, separationScale(box, upToMetres));
    }

    /**
     * The metres per degree of longitude that {@link #separation(Envelope, Envelope, double)} takes for this box and
     * bound, so that many separations from one box compute it once.
     */
    static double separationScale(Envelope box, double upToMetres) {
        double maxAbsLat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()))
                + upToMetres / MIN_METRES_PER_DEGREE_LATITUDE * SAFETY;
        return maxAbsLat >= 89.0 ? 0 : metresPerDegreeLongitude(maxAbsLat);
    }

    /**
     * The separation of a point from a box given as {@code boxes[at..at+3]} (west, east, south, north), with the metres
     * per degree of longitude {@link #separationScale} gave for the point.
     */
    static double separationAtScale(double lon, double lat, double[] boxes, int at, double perDegreeLon) {
        double gapLon = Math.max(0, Math.max(boxes[at] - lon, lon - boxes[at + 1]));
        double gapLat = Math.max(0, Math.max(boxes[at + 2] - lat, lat - boxes[at + 3]));
        return Math.max(gapLat * MIN_METRES_PER_DEGREE_LATITUDE, gapLon * perDegreeLon) / SAFETY;
    }

    /** The separation of a box from one given as {@code boxes[at..at+3]} (west, east, south, north), likewise. */
    static double separationAtScale(Envelope box, double[] boxes, int at, double perDegreeLon) {
        double gapLon = Math.max(0, Math.max(boxes[at] - box.getMaxX(), box.getMinX() - boxes[at + 1]));
        double gapLat = Math.max(0, Math.max(boxes[at + 2] - box.getMaxY(), box.getMinY() - boxes[at + 3]));
        return Math.max(gapLat * MIN_METRES_PER_DEGREE_LATITUDE, gapLon * perDegreeLon) / SAFETY;
    }

    /** The separation of the two boxes with the metres per degree of longitude {@link #separationScale} gave. */
    static double separationAtScale(Envelope box, Envelope other, double perDegreeLon) {
        double gapLat = Math.max(0, Math.max(other.getMinY() - box.getMaxY(), box.getMinY() - other.getMaxY()));
        double gapLon = Math.max(0, Math.max(other.getMinX() - box.getMaxX(), box.getMinX() - other.getMaxX()));
        return Math.max(gapLat * MIN_METRES_PER_DEGREE_LATITUDE, gapLon * perDegreeLon) / SAFETY;
    }

    /**
     * An upper bound in metres on the geodesic distance from any point of the box to any other point of it (the
     * length of its diagonal along the straight longitude/latitude path, with the largest scales the box holds).
     */
    static double diagonalUpperBound(Envelope box) {
        double minAbsLat = box.getMinY() <= 0 && box.getMaxY() >= 0 ? 0
                : Math.min(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        double maxAbsLat = Math.max(Math.abs(box.getMinY()), Math.abs(box.getMaxY()));
        double north = box.getHeight() * metresPerDegreeLatitude(maxAbsLat);
        double east = box.getWidth() * metresPerDegreeLongitude(minAbsLat);
        return Math.sqrt(north * north + east * east) * SAFETY;
    }

    /**
     * An approximation in metres, good to about 0.1 % up to 500 km, of the geodesic distance between two points
     * (flat-earth distance with the ellipsoid's scales at the mean latitude); used only to rank candidates.
     */
    static double approximateMetres(double lon1, double lat1, double lon2, double lat2) {
        double meanLat = (lat1 + lat2) / 2;
        double north = (lat2 - lat1) * metresPerDegreeLatitude(meanLat);
        double east = (lon2 - lon1) * metresPerDegreeLongitude(meanLat);
        return Math.sqrt(north * north + east * east);
    }
}
