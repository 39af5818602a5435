package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.junit.jupiter.api.Test;

/** The views' shared answers: one answer per question while the store holds what it was answered from. */
class SharedAnswersTest {

    /** A store whose list of all incidents is a new object after every change, as the stores keep one per state. */
    private static final class Listed implements IncidentRepository {
        List<Incident> all = List.of(incident("a", day("2017-05-01")), incident("b", day("2018-01-09")));

        void add(Incident incident) {
            List<Incident> more = new ArrayList<>(all);
            more.add(incident);
            all = List.copyOf(more);
        }

        public List<Incident> findAll() {
            return all;
        }

        public Optional<Incident> findById(String id) {
            return all.stream().filter(i -> i.id().equals(id)).findFirst();
        }

        public List<Incident> find(IncidentFilter filter) {
            return all.stream().filter(filter::test).toList();
        }

        public int count(IncidentFilter filter) {
            return find(filter).size();
        }
    }

    private final Listed store = new Listed();
    private int answered;
    private final SharedAnswers answers = new SharedAnswers(query -> {
        answered++;
        return new QueryResult(query, store.find(query.filter()).stream()
                .map(incident -> new IncidentAnswer(incident, SpatialAnswer.INSIDE, (ItemAttributes) null)).toList());
    }, store);

    @Test
    void theSameQuestionIsAnsweredOnceForEveryView() {
        QueryResult first = answers.of(IncidentQuery.all());
        QueryResult again = answers.of(IncidentQuery.all());

        assertThat(again).isSameAs(first);
        assertThat(answered).isEqualTo(1);
        assertThat(first.total()).isEqualTo(2);
    }

    @Test
    void aChangedStoreIsAskedAgainWhetherOrNotTheChangeWasHeardYet() {
        answers.of(IncidentQuery.all());

        store.add(incident("c", day("2019-03-03")));
        assertThat(answers.of(IncidentQuery.all()).total()).as("a new list of incidents").isEqualTo(3);

        answers.storeChanged(new StoreChangedEvent(StoredLayer.SITES, List.of()));
        assertThat(answers.of(IncidentQuery.all()).total()).isEqualTo(3);
        assertThat(answered).isEqualTo(3);
    }

    @Test
    void keepsAFewAnswersTheLeastRecentlyUsedDroppedFirst() {
        IncidentQuery all = IncidentQuery.all();
        answers.of(all);
        for (IncidentCategory category : IncidentCategory.values()) {
            answers.of(all.withFilter(IncidentFilter.all().withCategories(java.util.Set.of(category))));
            answers.of(all);
        }

        assertThat(answers.size()).isEqualTo(Math.min(SharedAnswers.CAPACITY, IncidentCategory.values().length + 1));
        assertThat(answered).as("the question asked between the others stays kept").isEqualTo(IncidentCategory.values().length + 1);
    }
}
