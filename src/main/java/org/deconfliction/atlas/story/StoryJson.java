package org.deconfliction.atlas.story;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A story's file: {@code {"id", "title", "description", "steps": [{"caption", "state": {name: value}}]}}, UTF-8
 * JSON, described in {@code geodata/stories/README.md}. Reading is strict: the first problem stops it with a
 * {@link StoryFileException} naming the file, the story, the step (numbered from 1) and the field; nothing is
 * skipped or given a made-up value.
 */
final class StoryJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> STORY_FIELDS = Set.of("id", "title", "description", "steps", "owner", "shared",
            "version", "savedBy", "savedAt");
    private static final Set<String> STEP_FIELDS = Set.of("caption", "state");

    private StoryJson() {
    }

    /**
     * Reads one story file, whose name must be the story's id followed by {@code .json}.
     *
     * @param file the name used in messages, e.g. {@code stories/battle-of-khasham.json}
     */
    static Story read(String file, InputStream in) {
        return read(file, in, true);
    }

    /**
     * Reads one story file; with {@code namedAfterId} false, under any file name (an uploaded file).
     *
     * @param file the name used in messages
     */
    static Story read(String file, InputStream in, boolean namedAfterId) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String what = e.getOriginalMessage().replaceAll("(?s)\\s*\\(?(start marker )?at \\[Source:.*$", "");
            throw new StoryFileException(file, null, "is not valid JSON" + where + ": " + what, e);
        }
        if (root == null || !root.isObject()) {
            throw new StoryFileException(file, null, "must hold one JSON object, the story");
        }
        String id = text(file, null, root, "id", "");
        if (!Story.isSlug(id)) {
            throw new StoryFileException(file, null, "field 'id' must be a slug such as battle-of-khasham, was '" + id + "'");
        }
        if (namedAfterId && !file.endsWith("/" + id + ".json") && !file.equals(id + ".json")) {
            throw new StoryFileException(file, id, "the file must be named after the story's id: " + id + ".json");
        }
        onlyKnownFields(file, id, root, STORY_FIELDS, "");
        String title = text(file, id, root, "title", "");
        String description = root.has("description") ? string(file, id, root, "description", "") : "";
        JsonNode stepNodes = root.get("steps");
        if (stepNodes == null || !stepNodes.isArray()) {
            throw new StoryFileException(file, id, "field 'steps' must be an array of steps"
                    + (stepNodes == null ? ", and is missing" : ", was " + stepNodes));
        }
        List<StoryStep> steps = new ArrayList<>();
        for (JsonNode stepNode : stepNodes.values()) {
            steps.add(step(file, id, stepNode, steps.size() + 1));
        }
        return new Story(id, title, description, steps, ownership(file, id, root));
    }

    /** The optional ownership fields; a file without them is unowned (shipped, or saved before stories had owners). */
    private static StoryOwnership ownership(String file, String id, JsonNode root) {
        if (!root.has("owner")) {
            return StoryOwnership.UNOWNED;
        }
        String owner = text(file, id, root, "owner", "");
        JsonNode shared = root.get("shared");
        if (shared == null || !shared.isBoolean()) {
            throw new StoryFileException(file, id, "field 'shared' must be true or false, was " + shared);
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new StoryFileException(file, id, "field 'version' must be a whole number from 1, was " + version);
        }
        String savedBy = text(file, id, root, "savedBy", "");
        String savedAt = text(file, id, root, "savedAt", "");
        try {
            return new StoryOwnership(owner, shared.booleanValue(), version.intValue(), savedBy, Instant.parse(savedAt));
        } catch (DateTimeParseException e) {
            throw new StoryFileException(file, id, "field 'savedAt' must be a UTC time such as 2026-03-01T12:00:00Z,"
                    + " was '" + savedAt + "'");
        }
    }

    private static StoryStep step(String file, String id, JsonNode node, int number) {
        String at = "step " + number + ": ";
        if (!node.isObject()) {
            throw new StoryFileException(file, id, at + "must be an object with a caption and a state, was " + node);
        }
        onlyKnownFields(file, id, node, STEP_FIELDS, at);
        String caption = node.has("caption") ? string(file, id, node, "caption", at) : "";
        JsonNode stateNode = node.get("state");
        if (stateNode == null || !stateNode.isObject()) {
            throw new StoryFileException(file, id, at + "field 'state' must be an object of URL parameters"
                    + (stateNode == null ? ", and is missing" : ", was " + stateNode));
        }
        Map<String, List<String>> state = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> parameter : stateNode.properties()) {
            String name = parameter.getKey();
            if (!StoryStep.PARAMETERS.contains(name)) {
                throw new StoryFileException(file, id, at + "unknown parameter '" + name
                        + "' in field 'state'; a step's state takes only " + String.join(", ", StoryStep.PARAMETERS));
            }
            state.put(name, values(file, id, at + "field 'state." + name + "'", parameter.getValue()));
        }
        return new StoryStep(caption, state);
    }

    private static List<String> values(String file, String id, String field, JsonNode value) {
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        if (value.isArray() && !value.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (JsonNode item : value.values()) {
                if (!item.isString()) {
                    throw new StoryFileException(file, id, field + " must hold only strings, found " + item);
                }
                values.add(item.stringValue());
            }
            return values;
        }
        throw new StoryFileException(file, id, field + " must be a string or a non-empty array of strings, was " + value);
    }

    private static void onlyKnownFields(String file, String id, JsonNode node, Set<String> known, String at) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new StoryFileException(file, id, at + "field '" + name + "' is not part of a "
                        + (at.isEmpty() ? "story" : "step") + "; expected " + known.stream().sorted().toList());
            }
        }
    }

    private static String text(String file, String id, JsonNode node, String field, String at) {
        String value = string(file, id, node, field, at);
        if (value.isBlank()) {
            throw new StoryFileException(file, id, at + "field '" + field + "' must not be empty");
        }
        return value;
    }

    private static String string(String file, String id, JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new StoryFileException(file, id, at + "field '" + field + "' is missing");
        }
        if (!value.isString()) {
            throw new StoryFileException(file, id, at + "field '" + field + "' must be a string, was " + value);
        }
        return value.stringValue();
    }

    /** The story as its file's content: indented UTF-8 JSON, a parameter with one value written as a string. */
    static String write(Story story) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", story.id());
        root.put("title", story.title());
        root.put("description", story.description());
        StoryOwnership ownership = story.ownership();
        if (ownership.owner() != null) {
            root.put("owner", ownership.owner());
            root.put("shared", ownership.shared());
            root.put("version", ownership.version());
            root.put("savedBy", ownership.savedBy());
            root.put("savedAt", ownership.savedAt().toString());
        }
        ArrayNode steps = root.putArray("steps");
        for (StoryStep step : story.steps()) {
            ObjectNode stepNode = steps.addObject();
            stepNode.put("caption", step.caption());
            ObjectNode state = stepNode.putObject("state");
            step.state().forEach((name, values) -> {
                if (values.size() == 1) {
                    state.put(name, values.getFirst());
                } else {
                    values.forEach(state.putArray(name)::add);
                }
            });
        }
        return JSON.writeValueAsString(root) + "\n";
    }
}
