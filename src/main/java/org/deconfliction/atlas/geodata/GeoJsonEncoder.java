package org.deconfliction.atlas.geodata;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes RFC 7946 GeoJSON: geometries in [longitude, latitude] order with at most 6 decimals (about 0.1 m),
 * polygon exteriors counter-clockwise, no {@code crs} member.
 */
public final class GeoJsonEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DECIMALS = 6;

    private GeoJsonEncoder() {
    }

    /** A fresh, empty JSON object for a feature's properties. */
    public static ObjectNode properties() {
        return NODES.objectNode();
    }

    /** The GeoJSON geometry object of a JTS geometry. */
    public static JsonNode geometry(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return JSON.readTree(writer.write(geometry));
    }

    /** A GeoJSON Feature with the given id, geometry and properties. */
    public static ObjectNode feature(String id, Geometry geometry, ObjectNode properties) {
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.set("geometry", geometry(geometry));
        feature.set("properties", properties);
        return feature;
    }

    /** A GeoJSON FeatureCollection of the given features. */
    public static ObjectNode featureCollection(List<ObjectNode> features) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode array = collection.putArray("features");
        features.forEach(array::add);
        return collection;
    }

    /** The references to source documents as a JSON array of {@code title}, {@code publisher}, {@code seed}. */
    public static ArrayNode sources(List<SourceReference> sources) {
        ArrayNode array = NODES.arrayNode();
        for (SourceReference source : sources) {
            ObjectNode item = array.addObject();
            item.put("title", source.title());
            if (source.publisher() != null) {
                item.put("publisher", source.publisher());
            }
            item.put("seed", source.seed());
        }
        return array;
    }

    /** A JSON array of strings. */
    public static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
