package org.deconfliction.atlas.api;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CQL2 JSON into the same {@link Cql2} model as CQL2 text: the JSON tree is rewritten, node by node, into
 * the equivalent CQL2 text, which {@link Cql2Text} then reads with its checks. A structural problem is refused
 * naming the JSON pointer where it is.
 */
final class Cql2Json {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> COMPARISONS = Map.of("=", "=", "<>", "<>", "<", "<", "<=", "<=", ">", ">", ">=", ">=");

    private Cql2Json() {
    }

    static Cql2 parse(String json, Queryables queryables, OutputCrs filterCrs) {
        if (json.length() > Cql2Text.MAX_LENGTH) {
            throw new InvalidParameterException("filter", "is " + json.length() + " characters long; at most " + Cql2Text.MAX_LENGTH + " are read");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidParameterException("filter", "is not well-formed JSON: " + e.getOriginalMessage());
        }
        return Cql2Text.parse(text(tree, "", 0), queryables, filterCrs);
    }

    private static InvalidParameterException error(String pointer, String problem) {
        return new InvalidParameterException("filter", "cannot be read at " + (pointer.isEmpty() ? "the top" : pointer) + ": " + problem);
    }

    private static String text(JsonNode node, String at, int depth) {
        if (depth > Cql2Text.MAX_DEPTH) {
            throw error(at, "the filter nests deeper than " + Cql2Text.MAX_DEPTH + " levels");
        }
        if (node == null || node.isNull()) {
            throw error(at, "a value is missing");
        }
        if (node.isString()) {
            return "'" + node.asString().replace("'", "''") + "'";
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.toString();
        }
        if (node.isArray()) {
            StringJoiner list = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < node.size(); i++) {
                list.add(text(node.get(i), at + "/" + i, depth + 1));
            }
            return list.toString();
        }
        if (node.has("property")) {
            return "\"" + node.get("property").asString().replace("\"", "") + "\"";
        }
        if (node.has("date")) {
            return "DATE(" + text(node.get("date"), at + "/date", depth + 1) + ")";
        }
        if (node.has("timestamp")) {
            return "TIMESTAMP(" + text(node.get("timestamp"), at + "/timestamp", depth + 1) + ")";
        }
        if (node.has("interval")) {
            JsonNode ends = node.get("interval");
            if (!ends.isArray() || ends.size() != 2) {
                throw error(at + "/interval", "an interval has two ends");
            }
            return "INTERVAL(" + text(ends.get(0), at + "/interval/0", depth + 1) + ", " + text(ends.get(1), at + "/interval/1", depth + 1) + ")";
        }
        if (node.has("bbox")) {
            JsonNode box = node.get("bbox");
            if (!box.isArray() || (box.size() != 4 && box.size() != 6)) {
                throw error(at + "/bbox", "a bbox has four numbers");
            }
            int half = box.size() / 2;
            return "BBOX(" + box.get(0).asDouble() + ", " + box.get(1).asDouble() + ", " + box.get(half).asDouble() + ", " + box.get(half + 1).asDouble() + ")";
        }
        if (node.has("type") && node.has("coordinates")) {
            try {
                Geometry geometry = new GeoJsonReader(Wgs84.FACTORY).read(node.toString());
                return new WKTWriter().write(geometry);
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                throw error(at, "not a GeoJSON geometry: " + e.getMessage());
            }
        }
        if (node.has("op")) {
            return operation(node, at, depth);
        }
        throw error(at, "neither an operation, a property, a literal nor a geometry");
    }

    private static String operation(JsonNode node, String at, int depth) {
        String op = node.get("op").asString().toLowerCase(Locale.ROOT);
        JsonNode args = node.get("args");
        if (args == null || !args.isArray()) {
            throw error(at + "/args", "an operation needs its args as an array");
        }
        String a = at + "/args/";
        switch (op) {
            case "and", "or" -> {
                StringJoiner all = new StringJoiner(" " + op.toUpperCase(Locale.ROOT) + " ", "(", ")");
                for (int i = 0; i < args.size(); i++) {
                    all.add(text(args.get(i), a + i, depth + 1));
                }
                return all.toString();
            }
            case "not" -> {
                return "NOT (" + text(arg(args, 0, 1, at), a + 0, depth + 1) + ")";
            }
            case "like" -> {
                return "(" + text(arg(args, 0, 2, at), a + 0, depth + 1) + " LIKE " + text(args.get(1), a + 1, depth + 1) + ")";
            }
            case "in" -> {
                return "(" + text(arg(args, 0, 2, at), a + 0, depth + 1) + " IN " + text(args.get(1), a + 1, depth + 1) + ")";
            }
            case "between" -> {
                return "(" + text(arg(args, 0, 3, at), a + 0, depth + 1) + " BETWEEN " + text(args.get(1), a + 1, depth + 1)
                        + " AND " + text(args.get(2), a + 2, depth + 1) + ")";
            }
            case "isnull" -> {
                return "(" + text(arg(args, 0, 1, at), a + 0, depth + 1) + " IS NULL)";
            }
            default -> {
                if (COMPARISONS.containsKey(op)) {
                    return "(" + text(arg(args, 0, 2, at), a + 0, depth + 1) + " " + op + " " + text(args.get(1), a + 1, depth + 1) + ")";
                }
                String function = op.toUpperCase(Locale.ROOT);
                if (Cql2Text.SPATIAL.contains(function) || Cql2Text.TEMPORAL.contains(function)) {
                    StringJoiner call = new StringJoiner(", ", function + "(", ")");
                    for (int i = 0; i < args.size(); i++) {
                        call.add(text(args.get(i), a + i, depth + 1));
                    }
                    return call.toString();
                }
                throw error(at + "/op", "the operation '" + node.get("op").asString() + "', which this API does not offer");
            }
        }
    }

    private static JsonNode arg(JsonNode args, int index, int count, String at) {
        if (args.size() != count) {
            throw error(at + "/args", "this operation takes " + count + " argument" + (count == 1 ? "" : "s") + ", was given " + args.size());
        }
        return args.get(index);
    }
}
