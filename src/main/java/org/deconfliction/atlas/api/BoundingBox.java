package org.deconfliction.atlas.api;

import java.util.List;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The {@code bbox} of an items request in longitude/latitude degrees: one box, or two when it crosses the
 * antimeridian (its western edge east of its eastern edge, e.g. {@code 170,-10,-170,10}: 170°E to 180° and
 * 180° to 170°W). Edges belong to the box.
 */
record BoundingBox(List<Envelope> parts) {

    BoundingBox {
        parts = parts.stream().map(Envelope::new).toList();
    }

    /** The box from west to east and south to north; across the antimeridian when {@code west > east}. */
    static BoundingBox of(double west, double south, double east, double north) {
        if (west <= east) {
            return new BoundingBox(List.of(new Envelope(west, east, south, north)));
        }
        return new BoundingBox(List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north)));
    }

    /** Whether the point lies in the box, edges included. */
    boolean covers(Coordinate point) {
        return parts.stream().anyMatch(part -> part.covers(point));
    }

    /** Whether the geometry meets the box. */
    boolean intersects(Geometry geometry) {
        return parts.stream().anyMatch(part -> geometry.getEnvelopeInternal().intersects(part)
                && geometry.intersects(Wgs84.FACTORY.toGeometry(part)));
    }
}
