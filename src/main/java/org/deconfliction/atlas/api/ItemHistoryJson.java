package org.deconfliction.atlas.api;

import java.util.List;
import java.util.function.Function;
import org.deconfliction.atlas.store.FieldChange;
import org.deconfliction.atlas.store.ItemVersion;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An item's history (an incident's, a site's) as JSON, oldest first: each version with who made it, when (ISO-8601 UTC), the change kind
 * (created, updated, deleted, restored), the comment, for a restore the version brought back, the fields changed
 * against the version before (old and new values as JSON text) and the full values as a GeoJSON Feature.
 */
final class ItemHistoryJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ItemHistoryJson() {
    }

    /** The versions of the item with this id; {@code feature} gives the GeoJSON form of its values. */
    static <T> ObjectNode of(String id, List<ItemVersion<T>> versions, Function<T, ObjectNode> feature) {
        ObjectNode history = JSON.createObjectNode();
        history.put("id", id);
        history.put("deleted", versions.getLast().kind().code().equals("deleted"));
        ArrayNode list = history.putArray("versions");
        ObjectNode before = null;
        for (ItemVersion<T> version : versions) {
            ObjectNode values = feature.apply(version.values());
            ObjectNode entry = list.addObject();
            entry.put("version", version.version());
            entry.put("kind", version.kind().code());
            entry.put("by", version.by());
            entry.put("at", version.at() == null ? null : version.at().toString());
            entry.put("comment", version.comment());
            if (version.restoredFrom() != null) {
                entry.put("restoredFrom", version.restoredFrom());
            }
            entry.set("changes", changes(before == null ? List.of() : FieldChange.between(before, values)));
            entry.set("values", values);
            before = values;
        }
        return history;
    }

    /** Field changes as JSON objects with {@code field}, {@code before} and {@code after}. */
    static ArrayNode changes(List<FieldChange> changes) {
        ArrayNode list = JSON.createArrayNode();
        for (FieldChange change : changes) {
            ObjectNode entry = list.addObject();
            entry.put("field", change.field());
            entry.put("before", change.before());
            entry.put("after", change.after());
        }
        return list;
    }
}
