package org.deconfliction.atlas.store;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
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

    static String strings(List<String> values) {
        return GeoJsonEncoder.strings(values).toString();
    }

    static List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : JSON.readTree(json).values()) {
            values.add(item.stringValue());
        }
        return values;
    }

    static String sources(List<SourceReference> sources) {
        return GeoJsonEncoder.sources(sources).toString();
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
