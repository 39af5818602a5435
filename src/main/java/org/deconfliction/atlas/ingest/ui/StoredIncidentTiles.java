package org.deconfliction.atlas.ingest.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import org.deconfliction.atlas.query.AnswerCluster;
import org.deconfliction.atlas.query.AnswerClusters;
import org.deconfliction.atlas.query.ClusterTile;
import org.deconfliction.atlas.query.MapTile;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incidents already stored, drawn dimmed under the rows of a file being previewed, so that a user sees where the
 * new rows fall among what exists: a tiled overlay of the preview map, each tile as {@link AnswerClusters} arranges
 * it (coarse: a crowded cell is one grey cluster with its exact count, others small grey dots with date and title on
 * hover). After every pan or zoom the viewport's tiles the browser lacks are sent, nearest the centre first, at most
 * {@value #MESSAGE_BUDGET} bytes of tile JSON a message (as {@link #wireBytes}); the rest follow as the browser reports
 * its view again.
 * The browser holds at most {@value #MAX_TILES_HELD} tiles, so bytes and memory stay bounded whatever the store's
 * size. No incidents (or none shown yet) gives no tiles.
 */
final class StoredIncidentTiles {

    static final String ID = "import-stored";
    /** Most bytes of tile JSON ({@link #wireBytes}) in one message to the browser. */
    static final int MESSAGE_BUDGET = 100_000;
    /** Most tiles the browser keeps; beyond it the tiles start again. */
    static final int MAX_TILES_HELD = 600;
    private static final String COLOUR = "#7b8a99";

    private final LeafletMap map;
    private AnswerClusters stored = new AnswerClusters(List.of());
    private int generation;
    private final Set<MapTile> held = new HashSet<>();
    private String lastMessage = "[]";

    StoredIncidentTiles(LeafletMap map) {
        this.map = map;
        map.addViewChangeListener(e -> sendViewport());
    }

    /** The overlay itself, without tiles: dimmed grey dots and clusters, under the rows to import. */
    static GeoJsonLayer layer() {
        return GeoJsonLayer.tiled(ID, "Stored incidents",
                        new Paint("#ffffff", 1.0, 0.7, null, COLOUR, 0.55, 5.0, null, null))
                .withTooltip("headline");
    }

    /** The legend row of the stored incidents, listed while they are shown. */
    static LegendEntry legend() {
        return new LegendEntry("Stored incident (clusters count them)", COLOUR, LegendEntry.Shape.POINT).forLayer(ID);
    }

    /** Starts showing these incidents as stored now: the browser drops its tiles and gets the viewport's anew. */
    void show(Collection<Incident> incidents) {
        stored = new AnswerClusters(incidents);
        restart();
        sendViewport();
    }

    /** Stops showing stored incidents and lets go of them. */
    void clear() {
        stored = new AnswerClusters(List.of());
        restart();
    }

    /** Sends the viewport's tiles the browser lacks, within the budget; nothing before the browser reported its view. */
    void sendViewport() {
        lastMessage = "[]";
        Envelope bounds = map.getBounds();
        if (bounds.isNull() || stored.size() == 0) {
            return;
        }
        int zoom = Math.min(MapTile.MAX_ZOOM, Math.max(0, map.getView().zoom()));
        List<MapTile> missing = new ArrayList<>(MapTile.covering(bounds, zoom).stream()
                .filter(tile -> !held.contains(tile)).toList());
        if (missing.isEmpty()) {
            return;
        }
        if (held.size() + missing.size() > MAX_TILES_HELD) {
            restart();
        }
        double centreX = MapTile.mercatorX(bounds.centre().x) * (1 << zoom);
        double centreY = MapTile.mercatorY(bounds.centre().y) * (1 << zoom);
        missing.sort(Comparator.comparingDouble(t -> Math.hypot(t.x() + 0.5 - centreX, t.y() + 0.5 - centreY)));
        List<String> tiles = new ArrayList<>();
        int spent = 0;
        boolean pending = false;
        for (MapTile tile : missing) {
            String json = tileJson(stored.coarseTile(tile));
            int bytes = wireBytes(json) + 1;
            if (spent + bytes > MESSAGE_BUDGET && !tiles.isEmpty()) {
                pending = true;
                break;
            }
            tiles.add(json);
            spent += bytes;
            held.add(tile);
        }
        lastMessage = "[" + String.join(",", tiles) + "]";
        map.addTiles(ID, generation, lastMessage);
        if (pending) {
            map.requestViewAgain();
        }
    }

    /**
     * Bytes a JSON text takes in a message to the browser, where it travels as a string argument: its UTF-8 bytes
     * and one more for each quote or backslash, which are escaped there.
     */
    static int wireBytes(String json) {
        int escaped = 0;
        for (int k = 0; k < json.length(); k++) {
            char c = json.charAt(k);
            if (c == '"' || c == '\\') {
                escaped++;
            }
        }
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + escaped;
    }

    /** The JSON array of tiles the last viewport sent ({@code []} when none), for tests. */
    String lastMessage() {
        return lastMessage;
    }

    /** How many stored incidents are drawn. */
    int count() {
        return stored.size();
    }

    private void restart() {
        generation++;
        held.clear();
        map.clearTiles(ID, generation);
    }

    private static String tileJson(ClusterTile content) {
        List<ObjectNode> features = new ArrayList<>(content.clusters().size() + content.singles().size());
        int k = 0;
        for (AnswerCluster cluster : content.clusters()) {
            features.add(cluster(content.tile().key() + "#" + k++, cluster));
        }
        for (Incident incident : content.singles()) {
            ObjectNode p = GeoJsonEncoder.properties();
            p.put("headline", "Stored: " + IncidentText.headline(incident));
            features.add(GeoJsonEncoder.feature(incident.id(), incident.location(), p));
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("key", content.tile().key());
        node.put("zoom", content.tile().zoom());
        node.set("geojson", GeoJsonEncoder.featureCollection(features));
        return node.toString();
    }

    private static ObjectNode cluster(String id, AnswerCluster cluster) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put(LeafletMap.CLUSTER_COUNT, cluster.count());
        Envelope extent = cluster.extent();
        ArrayNode box = p.putArray(LeafletMap.CLUSTER_EXTENT);
        box.add(Math.floor(extent.getMinX() * 1e5) / 1e5).add(Math.floor(extent.getMinY() * 1e5) / 1e5)
                .add(Math.ceil(extent.getMaxX() * 1e5) / 1e5).add(Math.ceil(extent.getMaxY() * 1e5) / 1e5);
        return GeoJsonEncoder.feature(id, Wgs84.point(cluster.position().x, cluster.position().y), p);
    }
}
