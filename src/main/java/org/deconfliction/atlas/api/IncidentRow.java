package org.deconfliction.atlas.api;

import java.util.function.Function;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentMatch;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer as a compiled filter and order read it: the incident and how it answers, its derived attributes
 * looked up only when a term names one, and its complete GeoJSON feature made only when a term reads a property
 * that only the feature holds. One row is moved from answer to answer ({@link #at}); it is not shared between
 * threads.
 */
final class IncidentRow {

    private final Function<Incident, ItemAttributes> derive;
    private final boolean spatial;
    private Incident incident;
    private SpatialAnswer answer;
    private ItemAttributes attributes;
    private ObjectNode feature;

    /**
     * @param derive  the attributes the analysis derives for an incident
     * @param spatial whether the request gave a spatial parameter, so that the features carry {@code answer}
     */
    IncidentRow(Function<Incident, ItemAttributes> derive, boolean spatial) {
        this.derive = derive;
        this.spatial = spatial;
    }

    /** Moves the row to this answer, forgetting what was looked up for the one before. */
    IncidentRow at(IncidentMatch match) {
        incident = match.incident();
        answer = match.answer();
        attributes = null;
        feature = null;
        return this;
    }

    Incident incident() {
        return incident;
    }

    SpatialAnswer answer() {
        return answer;
    }

    boolean spatial() {
        return spatial;
    }

    ItemAttributes attributes() {
        if (attributes == null) {
            attributes = derive.apply(incident);
        }
        return attributes;
    }

    /** The answer's complete feature, as the page would carry it. */
    ObjectNode feature() {
        if (feature == null) {
            feature = IncidentItems.feature(new IncidentAnswer(incident, answer, attributes()), spatial);
        }
        return feature;
    }
}
