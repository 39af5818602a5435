package org.deconfliction.atlas.geodata;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One feature as read from a geodata file, already checked for an id, a geometry within the atlas extent and a
 * name: the raw material that each feature's own reader turns into a record.
 *
 * @param properties typed access to the feature's {@code properties} member
 */
public record GeoJsonFeature(String id, Geometry geometry, FeatureProperties properties) {

    /** The geometry as a point, for features that must be one. */
    public Point point() {
        if (!(geometry instanceof Point point)) {
            throw properties.problem("geometry", "must be a Point, was " + geometry.getGeometryType());
        }
        return point;
    }
}
