package org.deconfliction.atlas.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a story: what the audience reads and what the atlas shows while the step is presented.
 *
 * @param caption the text shown while the step is presented, plain text (never interpreted as HTML); may be empty,
 *                never null
 * @param state   the atlas's state as the main view's URL parameters, each named in {@link #PARAMETERS} and holding
 *                at least one value (a value may be empty, as {@code layers=} is: every overlay hidden); kept in the
 *                order of {@link #PARAMETERS}. Empty: the atlas as it opens.
 */
public record StoryStep(String caption, Map<String, List<String>> state) {

    /**
     * The parameters a step may set, in the order they are kept and written: the map's {@code view}, {@code base}
     * and {@code layers}, the timeline's {@code date}, {@code mode} and {@code days}, the {@code categories}, the
     * question {@code q} with {@code site}, {@code km}, {@code shape}, {@code region} and {@code radius}, and the
     * selected {@code incident}.
     */
    public static final List<String> PARAMETERS = List.of(
            "view", "base", "layers", "date", "mode", "days", "categories", "q", "site", "km", "shape", "region", "radius",
            "incident");

    /**
     * @throws IllegalArgumentException naming the parameter, when a name is not in {@link #PARAMETERS} or a
     *                                  parameter has no value or a null one
     */
    public StoryStep {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(state, "state");
        for (String name : state.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "': a step's state takes only "
                        + String.join(", ", PARAMETERS));
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            if (!state.containsKey(name)) {
                continue;
            }
            List<String> values = state.get(name);
            if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("parameter '" + name + "' must have a value");
            }
            ordered.put(name, List.copyOf(values));
        }
        state = Collections.unmodifiableMap(ordered);
    }

    /** A step showing the given state with this caption. */
    public StoryStep withCaption(String newCaption) {
        return new StoryStep(newCaption, state);
    }

    /** The first value of a parameter, if the step sets it. */
    public Optional<String> parameter(String name) {
        List<String> values = state.get(name);
        return values == null ? Optional.empty() : Optional.of(values.getFirst());
    }
}
