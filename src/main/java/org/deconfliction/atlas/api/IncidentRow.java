package org.deconfliction.atlas.api;

import java.util.function.Function;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.AnswerColumns;
import tools.jackson.databind.node.ObjectNode;

/**
 * One answer as a compiled filter and order read it: its category, opponent and days from the answers' columns,
 * the incident itself and how it answers, its derived attributes looked up only when a term names one, and its
 * complete GeoJSON feature made only when a term reads a property that only the feature holds. One row is moved
 * from answer to answer ({@link #at}); it is not shared between threads.
 */
final class IncidentRow {

    private final AnswerColumns answers;
    private final Function<Incident, ItemAttributes> derive;
    private final boolean spatial;
    private int at;
    private Incident incident;
    private ItemAttributes attributes;
    private ObjectNode feature;

    /**
     * @param answers the answers the row moves over
     * @param derive  the attributes the analysis derives for an incident
     * @param spatial whether the request gave a spatial parameter, so that the features carry {@code answer}
     */
    IncidentRow(AnswerColumns answers, Function<Incident, ItemAttributes> derive, boolean spatial) {
        this.answers = answers;
        this.derive = derive;
        this.spatial = spatial;
    }

    /** Moves the row to the answer at this place, forgetting what was looked up for the one before. */
    IncidentRow at(int place) {
        at = place;
        incident = null;
        attributes = null;
        feature = null;
        return this;
    }

    Incident incident() {
        if (incident == null) {
            incident = answers.incident(at);
        }
        return incident;
    }

    SpatialAnswer answer() {
        return answers.answer(at);
    }

    /** The ordinal of the answer's category. */
    int category() {
        return answers.category(at);
    }

    /** The ordinal of the answer's opponent. */
    int opponent() {
        return answers.opponent(at);
    }

    /** The answer's first day, in days since 1970-01-01. */
    int firstDay() {
        return answers.firstDay(at);
    }

    /** The answer's last day, in days since 1970-01-01. */
    int lastDay() {
        return answers.lastDay(at);
    }

    double longitude() {
        return answers.longitude(at);
    }

    double latitude() {
        return answers.latitude(at);
    }

    boolean spatial() {
        return spatial;
    }

    ItemAttributes attributes() {
        if (attributes == null) {
            attributes = derive.apply(incident());
        }
        return attributes;
    }

    /** The answer's complete feature, as the page would carry it. */
    ObjectNode feature() {
        if (feature == null) {
            feature = IncidentItems.feature(new IncidentAnswer(incident(), answer(), attributes()), spatial);
        }
        return feature;
    }
}
