package org.deconfliction.atlas.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The answers last given to the views' questions, shared by every view: a view opened on "All incidents" at the
 * latest date, as every view opens, takes the answer another view was given instead of answering (and holding) it
 * again. At most {@value #CAPACITY} answers are kept, the least recently used dropped first; one is used only while
 * the store holds the incidents it was answered from (the repository's list, compared by identity) and no change was
 * heard since.
 */
@Component
class SharedAnswers {

    static final int CAPACITY = 4;

    private record Kept(QueryResult result, Object incidents, long generation) {
    }

    private final Function<IncidentQuery, QueryResult> queries;
    private final IncidentRepository incidents;
    private long generation;
    private final Map<IncidentQuery, Kept> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IncidentQuery, Kept> eldest) {
            return size() > CAPACITY;
        }
    };

    @Autowired
    SharedAnswers(IncidentQueryService queries, IncidentRepository incidents) {
        this(queries::run, incidents);
    }

    /** Answers kept from what {@code queries} answers over the incidents of {@code incidents}. */
    SharedAnswers(Function<IncidentQuery, QueryResult> queries, IncidentRepository incidents) {
        this.queries = queries;
        this.incidents = incidents;
    }

    /**
     * The answer to the query, as {@link IncidentQueryService#run} gives it.
     *
     * @throws org.deconfliction.atlas.analysis.AnalysisTooComplexException as {@link IncidentQueryService#run} does
     * @throws org.deconfliction.atlas.analysis.AnalysisBusyException as {@link IncidentQueryService#run} does
     */
    QueryResult of(IncidentQuery query) {
        Object stored = incidents.findAll();
        long asked;
        synchronized (this) {
            Kept answer = kept.get(query);
            if (answer != null && answer.incidents() == stored && answer.generation() == generation) {
                return answer.result();
            }
            asked = generation;
        }
        QueryResult result = queries.apply(query);
        synchronized (this) {
            if (asked == generation) {
                kept.put(query, new Kept(result, stored, asked));
            }
        }
        return result;
    }

    @EventListener
    synchronized void storeChanged(StoreChangedEvent change) {
        generation++;
        kept.clear();
    }

    /** How many answers are kept, for the tests. */
    synchronized int size() {
        return kept.size();
    }
}
