package org.deconfliction.atlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The properties of a collection that filters, {@code sortby} and {@code properties} may use, with their types as
 * the features carry them: {@code string}, {@code date} (an RFC 3339 full date), {@code integer}, {@code number},
 * {@code boolean}, or {@code object}/{@code array} (nested values, which can be returned and tested for null but
 * not compared), and {@code geometry}.
 */
final class Queryables {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, String> types;
    private final String geometryType;

    private Queryables(Map<String, String> types, String geometryType) {
        this.types = Map.copyOf(types);
        this.geometryType = geometryType;
    }

    /** The queryables of the given features: each property's type is the one all its non-null values share. */
    static Queryables of(List<ObjectNode> features) {
        Map<String, String> types = new LinkedHashMap<>();
        String geometry = null;
        for (ObjectNode feature : features) {
            if (feature.hasNonNull("geometry")) {
                String type = feature.get("geometry").get("type").asString();
                geometry = geometry == null || geometry.equals(type) ? type : "any";
            }
            for (Map.Entry<String, JsonNode> property : feature.get("properties").properties()) {
                String type = type(property.getValue());
                String known = types.get(property.getKey());
                types.put(property.getKey(), known == null || known.equals("null") ? type
                        : type.equals("null") || type.equals(known) ? known
                        : Map.of("integer", 1, "number", 1).containsKey(type) && Map.of("integer", 1, "number", 1).containsKey(known) ? "number"
                        : "string");
            }
        }
        types.replaceAll((name, type) -> type.equals("null") ? "string" : type);
        return new Queryables(types, geometry == null ? "any" : geometry);
    }

    private static String type(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return DAY.matcher(value.asString()).matches() ? "date" : "string";
        }
        return value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean"
                : value.isArray() ? "array" : "object";
    }

    boolean has(String name) {
        return types.containsKey(name) || name.equals("geometry");
    }

    /** The type for comparisons: {@code number} for integers and decimals alike. */
    String type(String name) {
        String type = name.equals("geometry") ? "geometry" : types.get(name);
        return type.equals("integer") ? "number" : type;
    }

    java.util.Set<String> names() {
        return types.keySet();
    }

    /**
     * The queryables as the JSON Schema document OGC API – Features Part 3 asks for. Beside the schema's
     * {@code properties} it lists them once more in a {@code queryables} array of {@code {id, type}} objects, the
     * form of the Part 3 drafts: GDAL's OAPIF driver (3.6 and later) reads only that array (from the collection's
     * link with the relation {@code queryables}) to decide which attributes of a {@code -where} it may push to the
     * server as a {@code filter}. JSON Schema ignores the unknown keyword.
     */
    ObjectNode schema(String id, String title) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("geometry").put("format", "geometry-" + geometryType.toLowerCase(java.util.Locale.ROOT)
                .replace("linestring", "linestring").replace("any", "any"));
        types.forEach((name, type) -> {
            ObjectNode property = properties.putObject(name);
            if (type.equals("date")) {
                property.put("type", "string").put("format", "date");
            } else {
                property.put("type", type);
            }
        });
        schema.put("additionalProperties", false);
        tools.jackson.databind.node.ArrayNode draft = schema.putArray("queryables");
        new java.util.TreeMap<>(types).forEach((name, type) -> draft.addObject().put("id", name)
                .put("type", type.equals("date") ? "string" : type));
        return schema;
    }
}
