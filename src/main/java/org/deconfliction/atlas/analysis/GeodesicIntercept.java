package org.deconfliction.atlas.analysis;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;

/**
 * The shortest geodesic distance in metres from a point to a geodesic segment on WGS84, by Karney's solution of
 * the interception problem (GeographicLib's ellipsoidal gnomonic projection, re-centred on the foot of the
 * perpendicular until it moves less than 0.1 mm). When the angle at an end between the segment and the way to the
 * point is 90° or more, that end is the closest point and no iteration is needed.
 */
final class GeodesicIntercept {

    private static final Geodesic WGS84 = Geodesic.WGS84;
    private static final Gnomonic GNOMONIC = new Gnomonic(WGS84);
    private static final int MAX_ITERATIONS = 20;
    private static final double CONVERGED_METRES = 1e-4;

    private GeodesicIntercept() {
    }

    /**
     * Distance in metres from the point to the segment from A to B (degrees); {@code azimuthAtA} and
     * {@code azimuthAtB} are the forward azimuths of the geodesic A→B at its ends, {@code length} its length in metres.
     */
    static double metres(double lon, double lat, double lonA, double latA, double lonB, double latB,
            double azimuthAtA, double azimuthAtB, double length) {
        GeodesicData fromA = WGS84.Inverse(latA, lonA, lat, lon, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        if (length <= 0) {
            return fromA.s12;
        }
        double cosAtA = Math.cos(Math.toRadians(fromA.azi1 - azimuthAtA));
        if (cosAtA <= 0) {
            return fromA.s12;
        }
        GeodesicData fromB = WGS84.Inverse(latB, lonB, lat, lon, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        if (Math.cos(Math.toRadians(fromB.azi1 - azimuthAtB)) >= 0) {
            return fromB.s12;
        }
        // Along-track first guess of the foot, then Karney's gnomonic intercept iteration.
        double along = Math.min(length, fromA.s12 * cosAtA);
        GeodesicLine line = WGS84.Line(latA, lonA, azimuthAtA,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
        GeodesicData guess = line.Position(along, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        double lat0 = guess.lat2;
        double lon0 = guess.lon2;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            GnomonicData a = GNOMONIC.Forward(lat0, lon0, latA, lonA);
            GnomonicData b = GNOMONIC.Forward(lat0, lon0, latB, lonB);
            GnomonicData p = GNOMONIC.Forward(lat0, lon0, lat, lon);
            // Homogeneous line through a and b, its perpendicular through p, and their intersection (the foot).
            double lx = a.y - b.y;
            double ly = b.x - a.x;
            double lz = a.x * b.y - a.y * b.x;
            double mz = lx * p.y - ly * p.x;
            double hw = -lx * lx - ly * ly;
            double fx = (ly * mz + lz * lx) / hw;
            double fy = (lz * ly - lx * mz) / hw;
            // The foot lies between the ends exactly when they project on opposite sides of it.
            if ((a.x - fx) * (b.x - fx) + (a.y - fy) * (b.y - fy) > 0) {
                return Math.min(fromA.s12, fromB.s12);
            }
            GnomonicData foot = GNOMONIC.Reverse(lat0, lon0, fx, fy);
            lat0 = foot.lat;
            lon0 = foot.lon;
            if (Math.hypot(fx, fy) < CONVERGED_METRES) {
                break;
            }
        }
        return WGS84.Inverse(lat0, lon0, lat, lon, GeodesicMask.DISTANCE).s12;
    }
}
