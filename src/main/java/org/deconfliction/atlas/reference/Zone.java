package org.deconfliction.atlas.reference;

import java.util.List;
import org.deconfliction.atlas.geodata.SourceReference;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A deconfliction zone: every point within {@code radiusMetres} of {@code centre} along the WGS84 ellipsoid.
 * {@code area} is that geodesic circle as a polygon.
 */
public record Zone(String id, String name, String description, Point centre, double radiusMetres, Polygon area,
        boolean approximate, List<SourceReference> sources) {

    public Zone {
        sources = List.copyOf(sources);
    }
}
