package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One field that differs between two versions of an item, named by its path in the GeoJSON form of the item
 * ({@code title}, {@code casualties.sideA.killed.max}, {@code geometry} for the location), with the value before and
 * after as JSON text ({@code null} when absent).
 */
public record FieldChange(String field, String before, String after) {

    /**
     * The fields that differ between two GeoJSON Features of the same item, in the order of their paths in
     * {@code before}, then those only {@code after} has; empty when they are equal. Arrays count as one field.
     */
    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode feature) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("geometry", feature.path("geometry").path("coordinates").toString());
        flatten("", feature.path("properties"), fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                flatten(prefix + entry.getKey() + ".", entry.getValue(), fields);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            fields.put(prefix.substring(0, prefix.length() - 1), node.toString());
        }
    }
}
