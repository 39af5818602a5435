package org.deconfliction.atlas.geodesy;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The set of points within a given distance of a centre, measured along geodesics of the WGS84 ellipsoid, as a
 * polygon whose vertices lie exactly on the circle. With the default 360 vertices the chord between two vertices
 * of a 55 km circle stays within 2 m of the true circle.
 */
public final class GeodesicCircle {

    /** Vertices of the polygon when none are asked for. */
    public static final int DEFAULT_VERTICES = 360;

    private GeodesicCircle() {
    }

    /** The circle of the given radius in metres around the centre, with {@link #DEFAULT_VERTICES} vertices. */
    public static Polygon around(Point centre, double radiusMetres) {
        return around(centre, radiusMetres, DEFAULT_VERTICES);
    }

    /**
     * The circle of the given radius in metres around the centre, as a counter-clockwise polygon of
     * {@code vertices} points (at least 8).
     *
     * @throws IllegalArgumentException if the radius is not a positive finite number or too few vertices are asked for
     */
    public static Polygon around(Point centre, double radiusMetres, int vertices) {
        if (!(radiusMetres > 0) || Double.isInfinite(radiusMetres)) {
            throw new IllegalArgumentException("radius must be a positive number of metres, was " + radiusMetres);
        }
        if (vertices < 8) {
            throw new IllegalArgumentException("a circle needs at least 8 vertices, was " + vertices);
        }
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double azimuth = -360.0 * i / vertices; // counter-clockwise: azimuths are clockwise from north
            GeodesicData d = Geodesic.WGS84.Direct(centre.getY(), centre.getX(), azimuth, radiusMetres);
            ring[i] = new Coordinate(d.lon2, d.lat2);
        }
        ring[vertices] = ring[0].copy();
        return Wgs84.FACTORY.createPolygon(ring);
    }
}
