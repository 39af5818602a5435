package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;

/**
 * The answers to one question in one {@link AnswerOrder}, sorted once: what the grid pages through. Holds each
 * answer's incident and how it answers (as objects, or as keys over the incidents' columns), not its derived
 * attributes: a page gets them for its own rows only (kept by the index once derived). Immutable; an empty answer
 * has no pages.
 */
public final class SortedAnswers {

    private static final SpatialAnswer[] ANSWERS = SpatialAnswer.values();

    private final IncidentQuery query;
    private final AnswerOrder order;
    private final boolean descending;
    /** The answers as objects, or null when held as {@link #keys} over {@link #columns}. */
    private final Incident[] incidents;
    private final SpatialAnswer[] answers;
    private final IncidentColumns columns;
    private final long[] keys;
    private final Function<Incident, ItemAttributes> attributes;

    SortedAnswers(IncidentQuery query, AnswerOrder order, boolean descending, List<IncidentAnswer> sorted,
            Function<Incident, ItemAttributes> attributes) {
        this.query = query;
        this.order = order;
        this.descending = descending;
        this.incidents = new Incident[sorted.size()];
        this.answers = new SpatialAnswer[sorted.size()];
        for (int k = 0; k < incidents.length; k++) {
            incidents[k] = sorted.get(k).incident();
            answers[k] = sorted.get(k).answer();
        }
        this.columns = null;
        this.keys = null;
        this.attributes = attributes;
    }

    /** The answers as keys (position × 4 + answer ordinal) over these columns, already in the order. */
    SortedAnswers(IncidentQuery query, AnswerOrder order, boolean descending, IncidentColumns columns, long[] sortedKeys,
            Function<Incident, ItemAttributes> attributes) {
        this.query = query;
        this.order = order;
        this.descending = descending;
        this.incidents = null;
        this.answers = null;
        this.columns = columns;
        this.keys = sortedKeys;
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
        return incidents != null ? incidents.length : keys.length;
    }

    private Incident incident(int k) {
        return incidents != null ? incidents[k] : columns.incident((int) (keys[k] >>> 2));
    }

    private SpatialAnswer answer(int k) {
        return answers != null ? answers[k] : ANSWERS[(int) (keys[k] & 3)];
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
        int from = Math.min(offset, size());
        int to = (int) Math.min((long) from + limit, size());
        List<IncidentAnswer> page = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            Incident incident = incident(k);
            page.add(new IncidentAnswer(incident, answer(k), attributes.apply(incident)));
        }
        return page;
    }

    /** Where the incident with this id stands in the order (0 for the first), found without building any row; -1 when it does not answer. */
    public int positionOf(String id) {
        if (incidents != null) {
            for (int k = 0; k < incidents.length; k++) {
                if (incidents[k].id().equals(id)) {
                    return k;
                }
            }
            return -1;
        }
        long position = columns.positionOf(id);
        if (position < 0) {
            return -1;
        }
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] >>> 2 == position) {
                return k;
            }
        }
        return -1;
    }
}
