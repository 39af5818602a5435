package org.deconfliction.atlas.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.map.FeatureRef;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.deconfliction.atlas.query.ui.QuestionOverlay;
import org.deconfliction.atlas.timeline.TimelineState;
import org.deconfliction.atlas.timeline.TimelineUrlState;

/**
 * The whole state of the main view as URL parameters, in a stable, readable order: the map's view, base layer and
 * overlays, the timeline ({@code date}, {@code mode}, {@code days}), the question ({@code q} and its parameters)
 * and the selected incident ({@code incident}).
 */
final class AtlasUrl {

    static final String INCIDENT = "incident";

    private AtlasUrl() {
    }

    static final String STORY = "story";
    static final String STEP = "step";

    /** The view's state as parameters (what a story step saves). */
    static Map<String, List<String>> parameters(LeafletMap map, TimelineState time, QueryUrlState question, String incidentLayer) {
        // The question's overlays follow the question, which the link keeps by itself.
        Set<String> layers = new LinkedHashSet<>(map.getVisibleLayers());
        layers.removeAll(QuestionOverlay.LAYERS);
        Map<String, List<String>> parameters = new LinkedHashMap<>(MapUrlState.write(map.getView(), map.getBaseLayer(), layers));
        parameters.putAll(TimelineUrlState.write(time));
        parameters.putAll(question.parameters());
        map.getSelection().filter(ref -> ref.layerId().equals(incidentLayer)).map(FeatureRef::featureId)
                .ifPresent(id -> parameters.put(INCIDENT, List.of(id)));
        return parameters;
    }

    /** The query string for the state, starting with {@code ?}, led by the story step shown if any (id, number). */
    static String write(Map<String, List<String>> state, String storyId, int step) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (storyId != null) {
            parameters.put(STORY, List.of(storyId));
            parameters.put(STEP, List.of(Integer.toString(step)));
        }
        parameters.putAll(state);
        return MapUrlState.queryString(parameters);
    }

    /** The first value of a parameter, or null. */
    static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
