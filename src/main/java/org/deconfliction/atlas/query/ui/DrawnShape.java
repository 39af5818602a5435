package org.deconfliction.atlas.query.ui;

import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.InvalidRegionException;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * A shape as drawn on the map ({@code Polygon}, {@code Rectangle}, {@code Circle} or {@code Line}, its GeoJSON
 * geometry and, for a circle, its radius in metres), turned into the region the analysis queries: polygons and
 * rectangles as drawn on the Web Mercator map, circles as geodesic circles, lines as a buffer of the given width.
 */
public record DrawnShape(String shape, String geometryGeoJson, double radiusMetres) {

    /**
     * The region to query; {@code lineBufferKm} is used for lines only.
     *
     * @throws InvalidRegionException if the shape cannot be queried, with a message saying why
     */
    public DrawnRegion toRegion(double lineBufferKm) {
        Geometry geometry = geometry();
        return switch (shape) {
            case "Circle" -> {
                if (!(geometry instanceof Point centre) || !(radiusMetres > 0)) {
                    throw new InvalidRegionException("a circle needs a centre point and a radius above zero");
                }
                yield DrawnRegion.circle(centre.getX(), centre.getY(), radiusMetres);
            }
            case "Line" -> DrawnRegion.lineBuffer(new WKTWriter().write(geometry), lineBufferKm);
            case "Polygon", "Rectangle" -> DrawnRegion.polygon(new WKTWriter().write(geometry));
            default -> throw new InvalidRegionException("cannot query a drawn " + shape);
        };
    }

    private Geometry geometry() {
        try {
            return new GeoJsonReader(Wgs84.FACTORY).read(geometryGeoJson);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidRegionException("the drawn shape is not a valid geometry: " + e.getMessage(), e);
        }
    }
}
