package org.deconfliction.atlas.geodesy;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The single source of JTS geometries in the atlas: WGS84 longitude/latitude in degrees (SRID 4326), with
 * x = longitude and y = latitude as in GeoJSON.
 */
public final class Wgs84 {

    /** EPSG code of WGS84 geographic coordinates. */
    public static final int SRID = 4326;

    /** The factory every geometry of the atlas is built with. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Wgs84() {
    }

    /** A point at the given longitude and latitude, in degrees. */
    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
