package org.deconfliction.atlas.analysis;

import java.util.Objects;
import org.locationtech.jts.geom.Point;

/**
 * Anything with an id and a plotted place (WGS84 point, x = longitude, y = latitude) whose true place lies within
 * {@code uncertaintyMetres} of it (0 when exact): what the spatial index holds, whatever the item is.
 */
public record LocatedItem(String id, Point point, double uncertaintyMetres) {

    public LocatedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(point, "point");
        if (point.isEmpty()) {
            throw new IllegalArgumentException("item " + id + " has an empty point");
        }
        if (!(uncertaintyMetres >= 0) || Double.isInfinite(uncertaintyMetres)) {
            throw new IllegalArgumentException("item " + id + ": uncertainty must be 0 or more metres, was " + uncertaintyMetres);
        }
    }
}
