package org.deconfliction.atlas.editing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.store.FieldChange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A changed field in words, for people: {@code Title: Old name → New name}, the field named as the form labels it
 * ({@link FieldLabels}). Values are the JSON text the history keeps, shown as plain text: strings without quotes,
 * category and other side by their names, lists joined with "; ", sources by their title, the location as latitude,
 * longitude; an absent value as "(none)".
 */
final class ChangeText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangeText() {
    }

    static String of(FieldChange change, FieldLabels labels) {
        return labels.of(change.field()) + ": " + value(change.field(), change.before()) + " → "
                + value(change.field(), change.after());
    }

    static String value(String field, String json) {
        if (json == null) {
            return "(none)";
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return json;
        }
        if ("geometry".equals(field) && node.isArray() && node.size() == 2) {
            return node.get(1).asString() + ", " + node.get(0).asString() + " (lat, lon)";
        }
        if (node.isString() && "category".equals(field)) {
            return Arrays.stream(IncidentCategory.values()).filter(c -> c.code().equals(node.stringValue()))
                    .map(IncidentCategory::label).findFirst().orElse(node.stringValue());
        }
        if (node.isString() && "opponent".equals(field)) {
            return Arrays.stream(Opponent.values()).filter(o -> o.code().equals(node.stringValue()))
                    .map(Opponent::label).findFirst().orElse(node.stringValue());
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "(none)";
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.values().forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "(none)" : String.join("; ", items);
        }
        if (node.isObject() && node.has("title")) {
            return node.path("publisher").isString()
                    ? node.get("title").asString() + " (" + node.get("publisher").asString() + ")" : node.get("title").asString();
        }
        return node.toString();
    }
}
