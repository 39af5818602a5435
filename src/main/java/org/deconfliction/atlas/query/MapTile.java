package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One square of the Web Mercator tiling the map draws in (256 px at its zoom level; x eastwards and y southwards from
 * 0 at 180°W and 85.05°N), written {@code zoom/x/y} as tile servers do.
 */
public record MapTile(int zoom, int x, int y) {

    /** Deepest zoom level a tile may have: the map's closest zoom. */
    public static final int MAX_ZOOM = 18;
    /** Most tiles one viewport may ask for (a 4K screen needs about 150); a larger box is cut to its centre. */
    public static final int MAX_TILES = 160;
    static final double MAX_LATITUDE = 85.05112878;

    public MapTile {
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("tile zoom must be 0.." + MAX_ZOOM + ", was " + zoom);
        }
        int side = 1 << zoom;
        if (x < 0 || x >= side || y < 0 || y >= side) {
            throw new IllegalArgumentException("tile " + zoom + "/" + x + "/" + y + " lies outside the tiling");
        }
    }

    /** The tile as {@code zoom/x/y}. */
    public String key() {
        return zoom + "/" + x + "/" + y;
    }

    /** The tile's extent in degrees (x = longitude, y = latitude). */
    public Envelope bounds() {
        double side = 1 << zoom;
        return new Envelope(longitude(x / side), longitude((x + 1) / side), latitude((y + 1) / side), latitude(y / side));
    }

    /**
     * The tiles at {@code zoom} that cover a box in degrees (x = longitude, y = latitude), row by row from the north
     * west; the box is clipped to the tiling, and one wider or taller than {@value #MAX_TILES} tiles allow is cut
     * around its centre. An empty box gives no tile.
     */
    public static List<MapTile> covering(Envelope box, int zoom) {
        if (box == null || box.isNull()) {
            return List.of();
        }
        int west = cell(mercatorX(box.getMinX()), zoom);
        int east = cell(mercatorX(box.getMaxX()), zoom);
        int north = cell(mercatorY(box.getMaxY()), zoom);
        int south = cell(mercatorY(box.getMinY()), zoom);
        int columns = east - west + 1;
        int rows = south - north + 1;
        while ((long) columns * rows > MAX_TILES) {
            if (columns >= rows) {
                if ((columns & 1) == 0) {
                    west++;
                } else {
                    east--;
                }
            } else if ((rows & 1) == 0) {
                north++;
            } else {
                south--;
            }
            columns = east - west + 1;
            rows = south - north + 1;
        }
        List<MapTile> tiles = new ArrayList<>(columns * rows);
        for (int ty = north; ty <= south; ty++) {
            for (int tx = west; tx <= east; tx++) {
                tiles.add(new MapTile(zoom, tx, ty));
            }
        }
        return tiles;
    }

    /** Longitude as a fraction of the tiling's width, 0 at 180°W; clamped to [0, 1). */
    public static double mercatorX(double lon) {
        return clamp((lon + 180) / 360);
    }

    /** Latitude as a fraction of the tiling's height, 0 at 85.05°N (spherical Web Mercator); clamped to [0, 1). */
    public static double mercatorY(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return clamp((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2);
    }

    private static double longitude(double fraction) {
        return fraction * 360 - 180;
    }

    private static double latitude(double fraction) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * fraction))));
    }

    private static int cell(double fraction, int zoom) {
        return (int) Math.floor(fraction * (1 << zoom));
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(Math.nextDown(1.0), fraction));
    }
}
