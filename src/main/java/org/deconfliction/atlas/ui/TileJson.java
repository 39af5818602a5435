package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.AnswerCluster;
import org.deconfliction.atlas.query.ClusterTile;
import org.deconfliction.atlas.query.MapTile;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tile of the clustered map as the browser gets it: the JSON of its markers (clusters and singles, those that do
 * not answer marked dimmed) and, where circles are drawn, of its singles' uncertainty circles (centre and radius),
 * with their sizes in characters.
 */
record TileJson(MapTile tile, String markers, String circles) {

    /** The tile's markers, and its circles when {@code withCircles} (else {@code circles} is null). */
    static TileJson of(ClusterTile content, boolean withCircles) {
        String markers = tileNode(content.tile(), markerFeatures(content)).toString();
        return new TileJson(content.tile(), markers, withCircles ? circles(content) : null);
    }

    /**
     * This tile's markers, made from {@code content}, with the circles of the same content added when
     * {@code withCircles}: the tile as {@link #of} makes it, without encoding its markers again.
     */
    TileJson withCirclesOf(ClusterTile content, boolean withCircles) {
        return withCircles && circles == null ? new TileJson(tile, markers, circles(content)) : this;
    }

    private static String circles(ClusterTile content) {
        List<ObjectNode> features = new ArrayList<>(content.singles().size() + content.others().size());
        content.singles().forEach(incident -> features.add(IncidentMapLayers.circle(incident)));
        content.others().forEach(incident -> features.add(dimmed(IncidentMapLayers.circle(incident))));
        return tileNode(content.tile(), features).toString();
    }

    /** Bytes the tile adds to a message: its markers and circles and a separating comma each, as {@link #wireBytes}. */
    int size() {
        return wireBytes(markers) + 1 + (circles == null ? 0 : wireBytes(circles) + 1);
    }

    /**
     * Bytes a JSON text takes in a Vaadin message, where it travels as a string argument: its UTF-8 bytes and one
     * more per quote or backslash (their escapes). Other characters the message may escape are not counted.
     */
    static int wireBytes(String json) {
        int bytes = 0;
        for (int k = 0; k < json.length(); k++) {
            char c = json.charAt(k);
            if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                k++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The JSON array of these tiles' markers, for {@link LeafletMap#addTiles}. */
    static String markerArray(List<TileJson> tiles) {
        return "[" + String.join(",", tiles.stream().map(TileJson::markers).toList()) + "]";
    }

    /** The JSON array of these tiles' circles (those that carry them), for {@link LeafletMap#addTiles}. */
    static String circleArray(List<TileJson> tiles) {
        return "[" + String.join(",", tiles.stream().map(TileJson::circles).filter(c -> c != null).toList()) + "]";
    }

    private static List<ObjectNode> markerFeatures(ClusterTile content) {
        List<ObjectNode> features = new ArrayList<>(content.clusters().size() + content.singles().size());
        int k = 0;
        for (AnswerCluster cluster : content.clusters()) {
            features.add(clusterFeature(content.tile().key() + "#" + k++, cluster));
        }
        content.singles().forEach(incident -> features.add(IncidentMapLayers.single(incident)));
        content.others().forEach(incident -> features.add(dimmed(IncidentMapLayers.single(incident))));
        return features;
    }

    /** The feature marked to be drawn dimmed: an incident drawn beside the answers that does not answer. */
    private static ObjectNode dimmed(ObjectNode feature) {
        ((ObjectNode) feature.get("properties")).put(LeafletMap.DIMMED, true);
        return feature;
    }

    private static ObjectNode clusterFeature(String id, AnswerCluster cluster) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put(LeafletMap.CLUSTER_COUNT, cluster.count());
        if (cluster.others() > 0) {
            p.put(LeafletMap.CLUSTER_OTHERS, cluster.others());
        }
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
