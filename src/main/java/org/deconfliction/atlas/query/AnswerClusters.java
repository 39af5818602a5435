package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The answers to a question arranged for the map, tile by tile: each tile is split into 4×4 cells (64 px on screen);
 * a cell holding more than {@value #SINGLES_PER_CELL} incidents is drawn as one cluster with exact counts per category,
 * a cell with fewer as its incidents one by one, and from zoom {@value #DEEPEST_ZOOM} on every incident is a single
 * (co-located ones are spread apart in the browser). Beside the answers the map may draw other incidents dimmed
 * (those before the time window or outside the spatial answer): cells are formed over all of them, and clusters and
 * tiles count answers and others apart. The incidents are kept in Morton (Z-order) of their Web Mercator position,
 * so a tile or cell is one contiguous run found by binary search: a tile costs O(log n + incidents in it), whatever
 * the number elsewhere; a cluster is counted from the order's columns of positions and categories, never from the
 * incident objects. Immutable; the order is sorted once ({@link DrawnIncidents}) and a later question whose
 * incidents all lie in it is arranged by marking them there, without sorting.
 */
public final class AnswerClusters {

    /** Most answers a cell is drawn with one by one; more make a cluster. */
    public static final int SINGLES_PER_CELL = 2;
    /** Zoom level from which every answer is drawn on its own, however close to others. */
    public static final int DEEPEST_ZOOM = 16;
    /**
     * Most answers drawn one by one in one cell from the deepest zoom on; more stay a cluster there (so that one
     * tile's singles and circles stay well under the map's byte budget per message) until the closest zoom,
     * {@link MapTile#MAX_ZOOM}, where every answer is drawn on its own.
     */
    public static final int MAX_STACK = 24;
    private static final int LEVEL = MortonOrder.LEVEL;
    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();

    private final DrawnIncidents drawn;

    /** Arranges the answers, every incident drawn an answer; an empty collection gives empty tiles. */
    public AnswerClusters(Collection<Incident> answers) {
        this(answers, answers);
    }

    /**
     * Arranges the incidents drawn, the answers among them in colour and the others dimmed: cells and clusters are
     * formed over all of them, and each counts its answers and its others apart. An answer not among {@code drawn}
     * is drawn too. Empty collections give empty tiles.
     */
    public AnswerClusters(Collection<Incident> drawn, Collection<Incident> answers) {
        this.drawn = DrawnIncidents.arrange(drawn, answers);
    }

    /**
     * Arranges a question's answer with the repository's incidents that pass {@code others} (null: none) dimmed, as
     * {@code new AnswerClusters(incidents.find(others), answer.incidents())} does; an answer found on the columns of
     * the repository's list as it is now, others without free text, is placed from its keys and the columns without
     * touching an incident object. No answers and no others give empty tiles.
     */
    public static AnswerClusters of(QueryResult answer, IncidentFilter others, IncidentRepository incidents) {
        if (answer.answers() instanceof KeyedAnswers keyed && (others == null || IncidentColumns.decides(others))
                && keyed.keys().columns().incidents() == incidents.findAll()) {
            IncidentColumns columns = keyed.keys().columns();
            return new AnswerClusters(DrawnIncidents.arrange(keyed.keys(), others == null ? null : columns.test(others)));
        }
        List<Incident> answering = answer.incidents();
        return others == null ? new AnswerClusters(answering) : new AnswerClusters(incidents.find(others), answering);
    }

    private AnswerClusters(DrawnIncidents drawn) {
        this.drawn = drawn;
    }

    /** The same incidents arranged with none of them answering: every one drawn dimmed. */
    public AnswerClusters withoutAnswers() {
        return new AnswerClusters(drawn.withoutAnswers());
    }

    /** How many answers there are in all. */
    public int size() {
        return drawn.answerCount();
    }

    /** How many incidents are drawn in all: answers and others. */
    public int drawnCount() {
        return drawn.size();
    }

    /** How many answers lie in a tile. */
    public int count(MapTile tile) {
        long[] run = run(tile.zoom(), tile.x(), tile.y());
        int answers = 0;
        for (int k = (int) run[0]; k < run[1]; k++) {
            answers += drawn.answers(k) ? 1 : 0;
        }
        return answers;
    }

    /**
     * The closest zoom level from {@code from} on at which the map draws an answer at this position on its own, not
     * in a cluster (at the closest zoom, {@link MapTile#MAX_ZOOM}, every answer is); {@code from} when no answer lies
     * there.
     */
    public int zoomShowingSingle(double lon, double lat, int from) {
        double side = 1 << LEVEL;
        int x = (int) (MapTile.mercatorX(lon) * side);
        int y = (int) (MapTile.mercatorY(lat) * side);
        for (int zoom = Math.max(0, from); zoom < MapTile.MAX_ZOOM; zoom++) {
            int shift = LEVEL - (zoom + 2);
            long[] run = run(zoom + 2, x >>> shift, y >>> shift);
            long count = run[1] - run[0];
            if (count <= SINGLES_PER_CELL || (zoom >= DEEPEST_ZOOM && count <= MAX_STACK)) {
                return zoom;
            }
        }
        return MapTile.MAX_ZOOM;
    }

    /** The clusters and singles of one tile; every incident drawn in it is counted exactly once. */
    public ClusterTile tile(MapTile tile) {
        return tile(tile, tile.zoom() >= DEEPEST_ZOOM);
    }

    /**
     * The tile as the map draws it before its singles fit in a message: as {@link #tile}, but at the deepest zooms
     * too a cell of more than {@value #SINGLES_PER_CELL} incidents is one cluster. Every incident is counted once.
     */
    public ClusterTile coarseTile(MapTile tile) {
        return tile(tile, false);
    }

    private ClusterTile tile(MapTile tile, boolean deepest) {
        List<AnswerCluster> clusters = new ArrayList<>();
        List<Incident> singles = new ArrayList<>();
        List<Incident> others = new ArrayList<>();
        for (int cy = 0; cy < 4; cy++) {
            for (int cx = 0; cx < 4; cx++) {
                long[] run = run(tile.zoom() + 2, tile.x() * 4 + cx, tile.y() * 4 + cy);
                int from = (int) run[0];
                int to = (int) run[1];
                int count = to - from;
                if (count == 0) {
                    continue;
                }
                if (count <= SINGLES_PER_CELL || (deepest && (count <= MAX_STACK || tile.zoom() == MapTile.MAX_ZOOM))) {
                    for (int k = from; k < to; k++) {
                        (drawn.answers(k) ? singles : others).add(drawn.incident(k));
                    }
                } else {
                    clusters.add(cluster(from, to));
                }
            }
        }
        return new ClusterTile(tile, clusters, singles, others);
    }

    private AnswerCluster cluster(int from, int to) {
        int[] perCategory = new int[CATEGORIES.length];
        double lon = 0;
        double lat = 0;
        int answers = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            if (drawn.answers(k)) {
                perCategory[drawn.category(k)]++;
                answers++;
            }
            double x = drawn.lon(k);
            double y = drawn.lat(k);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            lon += x;
            lat += y;
        }
        Envelope extent = new Envelope(minX, maxX, minY, maxY);
        Map<IncidentCategory, Integer> byCategory = new EnumMap<>(IncidentCategory.class);
        for (IncidentCategory category : CATEGORIES) {
            if (perCategory[category.ordinal()] > 0) {
                byCategory.put(category, perCategory[category.ordinal()]);
            }
        }
        int count = to - from;
        return new AnswerCluster(answers, count - answers, byCategory, extent, new Coordinate(lon / count, lat / count));
    }

    /** The first and past-the-last positions of the answers in square (x, y) of the tiling at a zoom level. */
    private long[] run(int zoom, int x, int y) {
        int shift = 2 * (LEVEL - zoom);
        long prefix = MortonOrder.interleave(x, y);
        long low = prefix << shift;
        long high = (prefix + 1) << shift;
        return new long[] {lowerBound(low), lowerBound(high)};
    }

    private int lowerBound(long code) {
        int low = 0;
        int high = drawn.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (drawn.code(middle) < code) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
