package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.site.HeldPeriod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON text of the list columns: arrays of strings, of source references ({@code title}, {@code publisher},
 * {@code seed}, as in the geodata files) and of held periods ({@code by}, {@code from}, {@code to}, {@code note}).
 */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {
    }

    /** The JSON array of the strings, as compact as Jackson writes it. */
    static String strings(List<String> values) {
        StringBuilder json = new StringBuilder(16 + 32 * values.size()).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            quoted(json, values.get(i));
        }
        return json.append(']').toString();
    }

    static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : JSON.readTree(json).values()) {
            values.add(item.stringValue());
        }
        return values;
    }

    /** The JSON array of the sources as {@code GeoJsonEncoder.sources} writes them (no publisher member when none). */
    static String sources(List<SourceReference> sources) {
        StringBuilder json = new StringBuilder(16 + 80 * sources.size()).append('[');
        for (int i = 0; i < sources.size(); i++) {
            SourceReference source = sources.get(i);
            json.append(i > 0 ? ",{\"title\":" : "{\"title\":");
            quoted(json, source.title());
            if (source.publisher() != null) {
                json.append(",\"publisher\":");
                quoted(json, source.publisher());
            }
            json.append(",\"seed\":");
            quoted(json, source.seed());
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** A JSON string (or null), escaped as Jackson escapes it: quote, backslash and control characters. */
    private static void quoted(StringBuilder json, String text) {
        if (text == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04X", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    static List<SourceReference> sources(String json) {
        List<SourceReference> sources = new ArrayList<>();
        for (JsonNode item : JSON.readTree(json).values()) {
            sources.add(new SourceReference(text(item, "title"), text(item, "publisher"), text(item, "seed")));
        }
        return sources;
    }

    static String held(List<HeldPeriod> held) {
        ArrayNode array = JSON.createArrayNode();
        for (HeldPeriod period : held) {
            ObjectNode item = array.addObject();
            item.put("by", period.by());
            item.put("from", period.from());
            item.put("to", period.to());
            item.put("note", period.note());
        }
        return array.toString();
    }

    static List<HeldPeriod> held(String json) {
        List<HeldPeriod> held = new ArrayList<>();
        for (JsonNode item : JSON.readTree(json).values()) {
            held.add(new HeldPeriod(text(item, "by"), text(item, "from"), text(item, "to"), text(item, "note")));
        }
        return held;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }
}
