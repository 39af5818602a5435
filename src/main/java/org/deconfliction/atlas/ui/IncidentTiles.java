package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.AnswerCluster;
import org.deconfliction.atlas.query.AnswerClusters;
import org.deconfliction.atlas.query.ClusterTile;
import org.deconfliction.atlas.query.MapTile;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident overlays of one map drawn as the viewport asks: the answers to the current question arranged as
 * {@link AnswerClusters}, and after every pan or zoom the tiles of the viewport that the browser does not hold yet
 * sent as small GeoJSON (clusters and single markers; uncertainty circles of the singles from zoom
 * {@value IncidentMapLayers#UNCERTAINTY_MIN_ZOOM}). A new question starts a new generation: the browser drops
 * its tiles and gets those of the viewport again.
 */
final class IncidentTiles {

    /** Most tiles the browser keeps per generation; beyond it the generation starts again (bounded memory there). */
    static final int MAX_TILES_HELD = 1500;
    /** Vertices of a single's uncertainty circle. */
    static final int CIRCLE_VERTICES = 16;

    private final LeafletMap map;
    private AnswerClusters answers = new AnswerClusters(List.of());
    private int generation;
    private final Set<MapTile> held = new HashSet<>();
    /** Bytes of tile JSON sent by the last {@link #sendViewport}, for benchmarks and tests. */
    private int lastPayload;

    IncidentTiles(LeafletMap map) {
        this.map = map;
    }

    /** Starts showing these answers: the browser drops its tiles and gets the viewport's anew. */
    void show(Collection<Incident> incidents) {
        answers = new AnswerClusters(incidents);
        restart();
        sendViewport();
    }

    /** Sends the tiles of the map's viewport that the browser does not hold; nothing before it reported its bounds. */
    void sendViewport() {
        Envelope bounds = map.getBounds();
        int zoom = Math.min(MapTile.MAX_ZOOM, Math.max(0, map.getView().zoom()));
        List<MapTile> missing = MapTile.covering(bounds, zoom).stream().filter(tile -> !held.contains(tile)).toList();
        if (missing.isEmpty()) {
            lastPayload = 0;
            return;
        }
        if (held.size() + missing.size() > MAX_TILES_HELD) {
            restart();
        }
        ArrayNode markers = JsonNodeFactory.instance.arrayNode();
        ArrayNode circles = JsonNodeFactory.instance.arrayNode();
        for (MapTile tile : missing) {
            ClusterTile content = answers.tile(tile);
            held.add(tile);
            markers.add(tileNode(tile, markerFeatures(content)));
            if (zoom >= IncidentMapLayers.UNCERTAINTY_MIN_ZOOM) {
                circles.add(tileNode(tile, content.singles().stream()
                        .map(incident -> IncidentMapLayers.circle(incident, CIRCLE_VERTICES)).toList()));
            }
        }
        String markerJson = markers.toString();
        map.addTiles(IncidentMapLayers.INCIDENTS, generation, markerJson);
        lastPayload = markerJson.length();
        if (!circles.isEmpty()) {
            String circleJson = circles.toString();
            map.addTiles(IncidentMapLayers.UNCERTAINTY, generation, circleJson);
            lastPayload += circleJson.length();
        }
    }

    /** Characters of tile JSON the last viewport sent (0 when the browser held every tile already). */
    int lastPayload() {
        return lastPayload;
    }

    /** How many answers the map draws now. */
    int answerCount() {
        return answers.size();
    }

    private void restart() {
        generation++;
        held.clear();
        map.clearTiles(IncidentMapLayers.INCIDENTS, generation);
        map.clearTiles(IncidentMapLayers.UNCERTAINTY, generation);
    }

    private static List<ObjectNode> markerFeatures(ClusterTile content) {
        List<ObjectNode> features = new ArrayList<>(content.clusters().size() + content.singles().size());
        int k = 0;
        for (AnswerCluster cluster : content.clusters()) {
            features.add(clusterFeature(content.tile().key() + "#" + k++, cluster));
        }
        content.singles().forEach(incident -> features.add(IncidentMapLayers.single(incident)));
        return features;
    }

    private static ObjectNode clusterFeature(String id, AnswerCluster cluster) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put(LeafletMap.CLUSTER_COUNT, cluster.count());
        ObjectNode parts = p.putObject(LeafletMap.CLUSTER_PARTS);
        cluster.byCategory().entrySet().stream()
                .sorted((a, b) -> a.getKey().compareTo(b.getKey()))
                .forEach(e -> parts.put(e.getKey().code(), e.getValue()));
        Envelope extent = cluster.extent();
        ArrayNode box = p.putArray(LeafletMap.CLUSTER_EXTENT);
        box.add(outward(extent.getMinX(), -1)).add(outward(extent.getMinY(), -1))
                .add(outward(extent.getMaxX(), 1)).add(outward(extent.getMaxY(), 1));
        return GeoJsonEncoder.feature(id, Wgs84.point(cluster.position().x, cluster.position().y), p);
    }

    private static ObjectNode tileNode(MapTile tile, List<ObjectNode> features) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("key", tile.key());
        node.put("zoom", tile.zoom());
        node.set("geojson", GeoJsonEncoder.featureCollection(features));
        return node;
    }

    /** Degrees to five decimals (about 1 m), rounded away from the box's inside so that it still holds its answers. */
    private static double outward(double degrees, int direction) {
        return (direction < 0 ? Math.floor(degrees * 1e5) : Math.ceil(degrees * 1e5)) / 1e5;
    }
}
