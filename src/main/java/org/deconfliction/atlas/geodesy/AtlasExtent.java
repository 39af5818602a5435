package org.deconfliction.atlas.geodesy;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The part of the world the atlas covers: Syria and western Iraq with a margin, longitude 34°E to 45°E and
 * latitude 31°N to 38°N. Geodata outside it is refused at start-up, which also catches most coordinates
 * written in latitude/longitude order.
 */
public final class AtlasExtent {

    /** Western edge, degrees of longitude. */
    public static final double MIN_LON = 34.0;
    /** Eastern edge, degrees of longitude. */
    public static final double MAX_LON = 45.0;
    /** Southern edge, degrees of latitude. */
    public static final double MIN_LAT = 31.0;
    /** Northern edge, degrees of latitude. */
    public static final double MAX_LAT = 38.0;

    /** The extent as a JTS envelope (x = longitude, y = latitude). */
    public static final Envelope ENVELOPE = new Envelope(MIN_LON, MAX_LON, MIN_LAT, MAX_LAT);

    private AtlasExtent() {
    }

    /** Whether the coordinate (x = longitude, y = latitude) lies inside the extent, edges included. */
    public static boolean contains(Coordinate c) {
        return ENVELOPE.covers(c.x, c.y);
    }

    /**
     * Whether the coordinate lies outside the extent but would lie inside it with its two values swapped: the
     * sign of a coordinate written as [lat, lon] instead of GeoJSON's [lon, lat].
     */
    public static boolean looksSwapped(Coordinate c) {
        return !contains(c) && ENVELOPE.covers(c.y, c.x);
    }
}
