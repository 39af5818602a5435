package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;

/**
 * The answers to one question in one {@link AnswerOrder}, sorted once: what the grid pages through. Holds each
 * answer's incident and how it answers, not its derived attributes: a page gets them for its own rows only (kept by
 * the index once derived). Immutable; an empty answer has no pages.
 */
public final class SortedAnswers {

    private final IncidentQuery query;
    private final AnswerOrder order;
    private final boolean descending;
    private final Incident[] incidents;
    private final SpatialAnswer[] answers;
    private final Function<Incident, ItemAttributes> attributes;

    SortedAnswers(IncidentQuery query, AnswerOrder order, boolean descending, List<IncidentAnswer> sorted,
            Function<Incident, ItemAttributes> attributes) {
        this.query = query;
        this.order = order;
        this.descending = descending;
        this.incidents = sorted.stream().map(IncidentAnswer::incident).toArray(Incident[]::new);
        this.answers = sorted.stream().map(IncidentAnswer::answer).toArray(SpatialAnswer[]::new);
        this.attributes = attributes;
    }

    public IncidentQuery query() {
        return query;
    }

    public AnswerOrder order() {
        return order;
    }

    public boolean descending() {
        return descending;
    }

    /** How many answers there are. */
    public int size() {
        return incidents.length;
    }

    /**
     * The answers from {@code offset} on, at most {@code limit} of them, each with its derived attributes; empty past
     * the last answer.
     *
     * @throws IllegalArgumentException if offset or limit is negative
     */
    public List<IncidentAnswer> page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, were " + offset + ", " + limit);
        }
        int from = Math.min(offset, incidents.length);
        int to = (int) Math.min((long) from + limit, incidents.length);
        List<IncidentAnswer> page = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            page.add(new IncidentAnswer(incidents[k], answers[k], attributes.apply(incidents[k])));
        }
        return page;
    }

    /** Where the incident with this id stands in the order (0 for the first), found without building any row; -1 when it does not answer. */
    public int positionOf(String id) {
        for (int k = 0; k < incidents.length; k++) {
            if (incidents[k].id().equals(id)) {
                return k;
            }
        }
        return -1;
    }
}
