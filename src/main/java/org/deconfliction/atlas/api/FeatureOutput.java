package org.deconfliction.atlas.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the features of an answer are ordered and written: {@code sortby} (comma-separated property names, each
 * optionally {@code +} ascending or {@code -} descending; numbers by value, text by code point, nulls last),
 * {@code properties} (the only properties to write, comma-separated), {@code skipGeometry=true} (geometry
 * written as null) and the geometry in the {@code crs} of the query.
 */
final class FeatureOutput {

    private FeatureOutput() {
    }

    /** The features ordered by {@code sortby}; as given when it is absent. */
    static List<ObjectNode> sorted(List<ObjectNode> features, Map<String, String> parameters, Set<String> known) {
        Comparator<ObjectNode> order = order(parameters, known);
        if (order == null) {
            return features;
        }
        List<ObjectNode> copy = new ArrayList<>(features);
        copy.sort(order);
        return copy;
    }

    /** The order {@code sortby} asks for; null when it is absent. */
    static Comparator<ObjectNode> order(Map<String, String> parameters, Set<String> known) {
        String sortby = parameters.get("sortby");
        if (sortby == null || sortby.isBlank()) {
            return null;
        }
        Comparator<ObjectNode> order = null;
        for (SortKey key : sortKeys(parameters)) {
            String name = key.name();
            boolean descending = key.descending();
            if (!known.contains(name)) {
                throw new InvalidParameterException("sortby", "names no property of this collection: '" + name + "'");
            }
            String property = name;
            Comparator<JsonNode> values = Comparator.nullsLast(descending ? FeatureOutput.<JsonNode>natural().reversed() : natural());
            Comparator<ObjectNode> next = Comparator.comparing(f -> present(f.get("properties").get(property)), values);
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }

    /** One key of {@code sortby}: a property name and its direction. */
    record SortKey(String name, boolean descending) {
    }

    /** The keys {@code sortby} orders by, in order; empty when it is absent. */
    static List<SortKey> sortKeys(Map<String, String> parameters) {
        String sortby = parameters.get("sortby");
        if (sortby == null || sortby.isBlank()) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        for (String key : sortby.split(",", -1)) {
            String name = key.strip();
            boolean descending = name.startsWith("-");
            if (name.startsWith("-") || name.startsWith("+")) {
                name = name.substring(1).strip();
            }
            keys.add(new SortKey(name, descending));
        }
        return keys;
    }

    static Set<String> chosenProperties(Map<String, String> parameters, Set<String> known) {
        String text = parameters.get("properties");
        if (text == null) {
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new InvalidParameterException("properties", "names no property of this collection: '" + name + "'");
            }
            chosen.add(name);
        }
        return chosen;
    }

    /** Whether {@code skipGeometry} asks for no geometry: true or false, false when absent. */
    static boolean skipGeometry(Map<String, String> parameters) {
        String text = parameters.get("skipGeometry");
        if (text == null) {
            return false;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("skipGeometry", "must be true or false, was '" + text + "'");
        };
    }

    /** The feature as written: chosen properties only (all when null), geometry skipped or in the CRS. */
    static ObjectNode written(ObjectNode feature, Set<String> chosen, boolean skipGeometry, OutputCrs crs) {
        ObjectNode copy = feature.deepCopy();
        if (chosen != null) {
            ((ObjectNode) copy.get("properties")).retain(chosen);
        }
        if (skipGeometry) {
            copy.putNull("geometry");
        } else if (crs != OutputCrs.CRS84 && copy.hasNonNull("geometry")) {
            copy.set("geometry", GeoJsonEncoder.geometry(crs.fromLonLat(geometry(feature))));
        }
        return copy;
    }

    /** The geometry of an encoded feature, in longitude/latitude degrees. */
    static Geometry geometry(ObjectNode feature) {
        try {
            return new GeoJsonReader(org.deconfliction.atlas.geodesy.Wgs84.FACTORY).read(feature.get("geometry").toString());
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException("the API wrote a geometry it cannot read back", e);
        }
    }

    private static JsonNode present(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }

    private static <T extends JsonNode> Comparator<T> natural() {
        return (a, b) -> a.isNumber() && b.isNumber() ? Double.compare(a.asDouble(), b.asDouble())
                : a.asString().compareTo(b.asString());
    }
}
