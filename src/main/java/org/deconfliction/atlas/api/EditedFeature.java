package org.deconfliction.atlas.api;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GeoJSON Feature a write sends, before the incident reader checks its properties: a JSON object whose
 * {@code id}, when the item's path names one, is that id (or absent, then taken from the path). A PATCH body is an
 * RFC 7386 JSON merge patch applied to the stored Feature: members replace, {@code null} removes, objects merge.
 */
final class EditedFeature {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EditedFeature() {
    }

    /** The body as a Feature object; {@code pathId} null for a new item. */
    static ObjectNode parse(String body, String pathId) {
        ObjectNode feature = object(body);
        return withId(feature, pathId);
    }

    /** The stored Feature with the merge patch applied. */
    static ObjectNode patch(ObjectNode stored, String body, String id) {
        JsonNode merged = merge(stored, object(body));
        if (!merged.isObject()) {
            throw new InvalidBodyException("(body)", "must leave a GeoJSON Feature object");
        }
        return withId((ObjectNode) merged, id);
    }

    private static ObjectNode object(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw new InvalidBodyException("(body)", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidBodyException("(body)", "must be a JSON object (a GeoJSON Feature)");
        }
        return (ObjectNode) node;
    }

    private static ObjectNode withId(ObjectNode feature, String pathId) {
        if (pathId == null) {
            return feature;
        }
        JsonNode id = feature.get("id");
        if (id == null || id.isNull()) {
            feature.put("id", pathId);
        } else if (!id.isString() || !id.asString().equals(pathId)) {
            throw new InvalidBodyException("id", "must be the item's id '" + pathId + "' (an id cannot be changed), not " + id);
        }
        return feature;
    }

    /** RFC 7386: the target with the patch merged in. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
