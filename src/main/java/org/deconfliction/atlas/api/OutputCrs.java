package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference systems the API speaks (OGC API – Features Part 2): CRS84 (longitude, latitude: the
 * GeoJSON default and the storage CRS), EPSG:4326 (the same datum with latitude first, as EPSG defines its axis
 * order) and EPSG:3857 (Web Mercator metres, easting then northing). EPSG:3857 is defined by the spherical Mercator
 * formulas on the WGS84 semi-major axis, so converting to and from it is exact arithmetic, no datum shift.
 */
enum OutputCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
    EPSG_4326("http://www.opengis.net/def/crs/EPSG/0/4326"),
    EPSG_3857("http://www.opengis.net/def/crs/EPSG/0/3857");

    /** The URIs of the supported systems, CRS84 first. */
    static final List<String> SUPPORTED = List.of(CRS84.uri, EPSG_4326.uri, EPSG_3857.uri);

    private static final double RADIUS = 6_378_137.0;
    private static final Map<String, OutputCrs> ALIASES = Map.of(
            "crs84", CRS84, "ogc:crs84", CRS84, "epsg:4326", EPSG_4326, "epsg:3857", EPSG_3857,
            "[ogc:crs84]", CRS84, "[epsg:4326]", EPSG_4326, "[epsg:3857]", EPSG_3857);

    private final String uri;

    OutputCrs(String uri) {
        this.uri = uri;
    }

    String uri() {
        return uri;
    }

    /** The system a parameter names by URI, {@code EPSG:4326}-style code or safe CURIE; refused with a 400 otherwise. */
    static OutputCrs parse(String parameter, String value) {
        if (value == null) {
            return CRS84;
        }
        String text = value.strip();
        for (OutputCrs crs : values()) {
            if (crs.uri.equals(text) || crs.uri.replace("http://", "https://").equals(text)) {
                return crs;
            }
        }
        OutputCrs alias = ALIASES.get(text.toLowerCase(java.util.Locale.ROOT));
        if (alias == null) {
            throw new InvalidParameterException(parameter, "names a coordinate reference system this API does not support: '"
                    + value + "'; supported are " + String.join(", ", SUPPORTED));
        }
        return alias;
    }

    /** A longitude/latitude geometry in this system (a copy; the given one is unchanged). */
    Geometry fromLonLat(Geometry geometry) {
        Geometry copy = geometry.copy();
        if (this == CRS84) {
            return copy;
        }
        copy.apply((Coordinate c) -> {
            double lon = c.x;
            double lat = c.y;
            if (this == EPSG_4326) {
                c.x = lat;
                c.y = lon;
            } else {
                c.x = RADIUS * Math.toRadians(lon);
                c.y = RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
            }
        });
        copy.geometryChanged();
        return copy;
    }

    /** A point (first axis, second axis) of this system as longitude and latitude degrees. */
    double[] toLonLat(double first, double second) {
        return switch (this) {
            case CRS84 -> new double[] {first, second};
            case EPSG_4326 -> new double[] {second, first};
            case EPSG_3857 -> new double[] {Math.toDegrees(first / RADIUS),
                    Math.toDegrees(2 * Math.atan(Math.exp(second / RADIUS)) - Math.PI / 2)};
        };
    }
}
