package org.deconfliction.atlas.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers last sorted, per question and order, so that paging through them (or finding one in them) does not
 * sort again: at most {@value #CAPACITY} kept, the least recently used dropped first. An entry is used only while
 * the data it was sorted from is current: the same index generation and the same list of the repository's incidents.
 */
final class SortedAnswerCache {

    static final int CAPACITY = 8;

    record Key(IncidentQuery query, AnswerOrder order, boolean descending) {
    }

    private record Kept(SortedAnswers answers, long generation, Object incidents) {
    }

    private final Map<Key, Kept> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The kept answers for this key when sorted from these data, else those {@code sort} makes (then kept).
     *
     * @param generation the index generation the answers are asked of
     * @param incidents  the repository's list of all incidents now (compared by identity: a store keeps one list per state)
     */
    SortedAnswers get(Key key, long generation, Object incidents, Supplier<SortedAnswers> sort) {
        synchronized (entries) {
            Kept kept = entries.get(key);
            if (kept != null && kept.generation() == generation && kept.incidents() == incidents) {
                return kept.answers();
            }
        }
        SortedAnswers sorted = sort.get();
        synchronized (entries) {
            entries.put(key, new Kept(sorted, generation, incidents));
        }
        return sorted;
    }

    /** How many sorted answers are kept, for tests. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
