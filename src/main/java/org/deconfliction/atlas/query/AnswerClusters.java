package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The answers to a question arranged for the map, tile by tile: each tile is split into 4×4 cells (64 px on screen);
 * a cell holding more than {@value #SINGLES_PER_CELL} answers is drawn as one cluster with exact counts per category,
 * a cell with fewer as its answers one by one, and from zoom {@value #DEEPEST_ZOOM} on every answer is a single
 * (co-located ones are spread apart in the browser). The answers are kept in Morton (Z-order) of their Web Mercator
 * position, so a tile or cell is one contiguous run found by binary search: a tile costs O(log n + answers in it),
 * whatever the number of answers elsewhere. Immutable; building it for n answers sorts n numbers.
 */
public final class AnswerClusters {

    /** Most answers a cell is drawn with one by one; more make a cluster. */
    public static final int SINGLES_PER_CELL = 2;
    /** Zoom level from which every answer is drawn on its own, however close to others. */
    public static final int DEEPEST_ZOOM = 16;
    /** Most answers drawn one by one in one cell at the deepest zoom; more stay a cluster there. */
    public static final int MAX_STACK = 64;
    /** Bits per axis of the Morton code: cells of zoom {@value MapTile#MAX_ZOOM} tiles, 4×4 per tile. */
    private static final int LEVEL = MapTile.MAX_ZOOM + 2;
    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();

    private final long[] codes;
    private final Incident[] incidents;

    /** Arranges the answers; an empty collection gives empty tiles. */
    public AnswerClusters(Collection<Incident> answers) {
        Incident[] input = answers.toArray(Incident[]::new);
        if (input.length > (1 << (64 - 2 * LEVEL))) {
            throw new IllegalArgumentException("at most " + (1 << (64 - 2 * LEVEL)) + " answers, not " + input.length);
        }
        long[] packed = new long[input.length];
        for (int i = 0; i < input.length; i++) {
            packed[i] = ((code(input[i]) << (64 - 2 * LEVEL)) | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(packed);
        codes = new long[input.length];
        incidents = new Incident[input.length];
        long indexMask = (1L << (64 - 2 * LEVEL)) - 1;
        for (int k = 0; k < packed.length; k++) {
            long unsigned = packed[k] ^ Long.MIN_VALUE;
            codes[k] = unsigned >>> (64 - 2 * LEVEL);
            incidents[k] = input[(int) (unsigned & indexMask)];
        }
    }

    /** How many answers there are in all. */
    public int size() {
        return incidents.length;
    }

    /** How many answers lie in a tile. */
    public int count(MapTile tile) {
        long[] run = run(tile.zoom(), tile.x(), tile.y());
        return (int) (run[1] - run[0]);
    }

    /** The clusters and singles of one tile; every answer in it is counted exactly once. */
    public ClusterTile tile(MapTile tile) {
        List<AnswerCluster> clusters = new ArrayList<>();
        List<Incident> singles = new ArrayList<>();
        for (int cy = 0; cy < 4; cy++) {
            for (int cx = 0; cx < 4; cx++) {
                long[] run = run(tile.zoom() + 2, tile.x() * 4 + cx, tile.y() * 4 + cy);
                int from = (int) run[0];
                int to = (int) run[1];
                int count = to - from;
                if (count == 0) {
                    continue;
                }
                boolean deepest = tile.zoom() >= DEEPEST_ZOOM;
                if (count <= SINGLES_PER_CELL || (deepest && count <= MAX_STACK)) {
                    singles.addAll(Arrays.asList(incidents).subList(from, to));
                } else {
                    clusters.add(cluster(from, to));
                }
            }
        }
        return new ClusterTile(tile, clusters, singles);
    }

    private AnswerCluster cluster(int from, int to) {
        int[] perCategory = new int[CATEGORIES.length];
        Envelope extent = new Envelope();
        double lon = 0;
        double lat = 0;
        for (int k = from; k < to; k++) {
            Incident incident = incidents[k];
            perCategory[incident.category().ordinal()]++;
            double x = incident.location().getX();
            double y = incident.location().getY();
            extent.expandToInclude(x, y);
            lon += x;
            lat += y;
        }
        Map<IncidentCategory, Integer> byCategory = new EnumMap<>(IncidentCategory.class);
        for (IncidentCategory category : CATEGORIES) {
            if (perCategory[category.ordinal()] > 0) {
                byCategory.put(category, perCategory[category.ordinal()]);
            }
        }
        int count = to - from;
        return new AnswerCluster(count, byCategory, extent, new Coordinate(lon / count, lat / count));
    }

    /** The first and past-the-last positions of the answers in square (x, y) of the tiling at a zoom level. */
    private long[] run(int zoom, int x, int y) {
        int shift = 2 * (LEVEL - zoom);
        long prefix = interleave(x, y);
        long low = prefix << shift;
        long high = (prefix + 1) << shift;
        return new long[] {lowerBound(low), lowerBound(high)};
    }

    private int lowerBound(long code) {
        int low = 0;
        int high = codes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (codes[middle] < code) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static long code(Incident incident) {
        double side = 1 << LEVEL;
        int x = (int) (MapTile.mercatorX(incident.location().getX()) * side);
        int y = (int) (MapTile.mercatorY(incident.location().getY()) * side);
        return interleave(x, y);
    }

    /** The Morton code of a square: the bits of x in the even places, those of y in the odd ones. */
    private static long interleave(int x, int y) {
        return spread(x) | (spread(y) << 1);
    }

    private static long spread(int value) {
        long v = value & 0xFFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }
}
