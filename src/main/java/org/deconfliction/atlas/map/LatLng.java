package org.deconfliction.atlas.map;

import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * A position in Leaflet's order, latitude first, in degrees. This is the one place where the atlas converts
 * between Leaflet's [lat, lng] and JTS and GeoJSON's x = longitude, y = latitude.
 */
public record LatLng(double lat, double lng) {

    /** The position of a JTS point (x = longitude, y = latitude). */
    public static LatLng of(Point point) {
        return new LatLng(point.getY(), point.getX());
    }

    /** The position of a JTS coordinate (x = longitude, y = latitude). */
    public static LatLng of(Coordinate coordinate) {
        return new LatLng(coordinate.y, coordinate.x);
    }

    /** This position as a JTS coordinate (x = longitude, y = latitude). */
    public Coordinate toCoordinate() {
        return new Coordinate(lng, lat);
    }

    /** This position as a WGS84 JTS point. */
    public Point toPoint() {
        return Wgs84.point(lng, lat);
    }
}
