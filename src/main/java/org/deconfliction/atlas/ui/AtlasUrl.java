package org.deconfliction.atlas.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.map.FeatureRef;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.deconfliction.atlas.timeline.TimelineState;
import org.deconfliction.atlas.timeline.TimelineUrlState;

/**
 * The whole state of the main view as URL parameters, in a stable, readable order: the map's view and layers, the
 * timeline ({@code date}, {@code mode}, {@code days}), the question ({@code q} and its parameters) and the selected
 * incident ({@code incident}).
 */
final class AtlasUrl {

    static final String INCIDENT = "incident";

    private AtlasUrl() {
    }

    /** The query string for the given state, starting with {@code ?}. */
    static String write(LeafletMap map, TimelineState time, QueryUrlState question, String incidentLayer) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(MapUrlState.write(map.getView(), map.getVisibleLayers()));
        parameters.putAll(TimelineUrlState.write(time));
        parameters.putAll(question.parameters());
        map.getSelection().filter(ref -> ref.layerId().equals(incidentLayer)).map(FeatureRef::featureId)
                .ifPresent(id -> parameters.put(INCIDENT, List.of(id)));
        return MapUrlState.queryString(parameters);
    }

    /** The selected incident named in the parameters, or null. */
    static String incident(Map<String, List<String>> parameters) {
        List<String> values = parameters.get(INCIDENT);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
