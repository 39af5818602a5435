package org.deconfliction.atlas.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Point;

/** Shortest distances on the WGS84 ellipsoid, in metres, from GeographicLib's solution of the inverse problem. */
public final class GeodesicDistance {

    private GeodesicDistance() {
    }

    /** The geodesic distance in metres between two points given in degrees. */
    public static double between(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
    }

    /** The geodesic distance in metres between two points. */
    public static double between(Point a, Point b) {
        return between(a.getX(), a.getY(), b.getX(), b.getY());
    }
}
