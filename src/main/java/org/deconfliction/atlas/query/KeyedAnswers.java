package org.deconfliction.atlas.query;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.incident.Incident;

/**
 * The answers to a question found on the columns, as a list whose rows are made when read: an answer's incident and
 * how it answers come from its key, its derived attributes from {@code attributes} (kept by the index, so a read
 * costs a look-up). The counts are made once, in one pass over the keys, when the list is made. Immutable: the
 * keys are never changed; reading the same row twice makes two equal rows.
 */
final class KeyedAnswers extends AbstractList<IncidentAnswer> implements RandomAccess {

    private final ColumnAnswers.Keys keys;
    private final Function<Incident, ItemAttributes> attributes;
    private final AnswerCounts counts;

    KeyedAnswers(ColumnAnswers.Keys keys, Function<Incident, ItemAttributes> attributes, AnswerCounts counts) {
        this.keys = keys;
        this.attributes = attributes;
        this.counts = counts;
    }

    @Override
    public IncidentAnswer get(int index) {
        if (index < 0 || index >= keys.count()) {
            throw new IndexOutOfBoundsException("no answer " + index + " of " + keys.count());
        }
        Incident incident = keys.incident(index);
        return new IncidentAnswer(incident, keys.answer(index), attributes.apply(incident));
    }

    @Override
    public int size() {
        return keys.count();
    }

    /** The answers' incidents in the same order, read from the keys without any attributes. */
    List<Incident> incidents() {
        return new Incidents(keys);
    }

    AnswerCounts counts() {
        return counts;
    }

    ColumnAnswers.Keys keys() {
        return keys;
    }

    /** The incidents of the keys, in their order. */
    private static final class Incidents extends AbstractList<Incident> implements RandomAccess {
        private final ColumnAnswers.Keys keys;

        Incidents(ColumnAnswers.Keys keys) {
            this.keys = keys;
        }

        @Override
        public Incident get(int index) {
            if (index < 0 || index >= keys.count()) {
                throw new IndexOutOfBoundsException("no answer " + index + " of " + keys.count());
            }
            return keys.incident(index);
        }

        @Override
        public int size() {
            return keys.count();
        }
    }
}
