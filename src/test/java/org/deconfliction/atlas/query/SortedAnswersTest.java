package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The answers sorted for the grid are sorted once per question and order and kept, a few at a time, while the store
 * is unchanged; a page is a slice of them and an incident's place in them is found by id.
 */
@SpringBootTest
class SortedAnswersTest {

    @Autowired
    IncidentQueryService queries;

    @Autowired
    IncidentRepository shipped;

    @Autowired
    SiteRepository sites;

    @Autowired
    SpatialAnalysis analysis;

    @Test
    void aQuestionAndOrderIsSortedOnceAndKeptWhileTheIncidentsAreUnchanged() {
        IncidentQuery all = IncidentQuery.all();
        SortedAnswers byTitle = queries.sorted(all, AnswerOrder.TITLE, false);

        assertThat(queries.sorted(all, AnswerOrder.TITLE, false)).isSameAs(byTitle);
        assertThat(queries.sorted(all, AnswerOrder.TITLE, true)).isNotSameAs(byTitle);
        assertThat(queries.sorted(all.withFilter(IncidentFilter.all().withText("deir")), AnswerOrder.TITLE, false).size())
                .isLessThan(byTitle.size());
    }

    @Test
    void atMostAFewSortedAnswersAreKeptTheLeastRecentlyUsedDroppedFirst() {
        IncidentQuery all = IncidentQuery.all();
        SortedAnswers first = queries.sorted(all, AnswerOrder.DATE, true);
        for (AnswerOrder order : AnswerOrder.values()) {
            queries.sorted(all, order, false);
        }
        assertThat(AnswerOrder.values().length).isGreaterThanOrEqualTo(SortedAnswerCache.CAPACITY);
        assertThat(queries.sorted(all, AnswerOrder.DATE, true)).as("sorted again, equal but not kept")
                .isNotSameAs(first).satisfies(again -> assertThat(ids(again)).isEqualTo(ids(first)));
    }

    @Test
    void aChangedRepositoryIsSortedAnew() {
        List<Incident> listed = new ArrayList<>(new SyntheticIncidents(sites.findAll(), shipped.findAll(), 3).stream(300).toList());
        ChangingIncidents repository = new ChangingIncidents(new ListedIncidents(listed));
        IncidentQueryService service = new IncidentQueryService(repository, analysis, AnalysisBudget.of(Duration.ofMinutes(1), 1));
        SortedAnswers before = service.sorted(IncidentQuery.all(), AnswerOrder.DATE, false);
        Incident gone = repository.findAll().getFirst();

        repository.now = new ListedIncidents(listed.stream().filter(i -> !i.id().equals(gone.id())).toList());

        SortedAnswers after = service.sorted(IncidentQuery.all(), AnswerOrder.DATE, false);
        assertThat(after.size()).isEqualTo(before.size() - 1);
        assertThat(after.positionOf(gone.id())).isEqualTo(-1);
        assertThat(before.positionOf(gone.id())).isZero();
    }

    @Test
    void aPageIsASliceWithItsRowsAttributesAndAnIncidentsPlaceIsFoundById() {
        SortedAnswers byRiver = queries.sorted(IncidentQuery.all(), AnswerOrder.RIVER, false);
        List<IncidentAnswer> page = byRiver.page(3, 4);

        assertThat(page).hasSize(4);
        assertThat(page.get(0).attributes().riverDistanceKm()).isLessThanOrEqualTo(page.get(3).attributes().riverDistanceKm());
        assertThat(byRiver.positionOf(page.get(2).incident().id())).isEqualTo(5);
        assertThat(byRiver.page(byRiver.size() - 1, 10)).hasSize(1);
        assertThat(byRiver.page(byRiver.size() + 5, 10)).isEmpty();
        assertThat(byRiver.positionOf("no-such-incident")).isEqualTo(-1);
        assertThatThrownBy(() -> byRiver.page(-1, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    /** A repository whose list of incidents is replaced, as a store replaces its snapshot after a commit. */
    private static final class ChangingIncidents implements IncidentRepository {
        volatile ListedIncidents now;

        ChangingIncidents(ListedIncidents first) {
            now = first;
        }

        @Override
        public List<Incident> findAll() {
            return now.findAll();
        }

        @Override
        public Optional<Incident> findById(String id) {
            return now.findById(id);
        }

        @Override
        public List<Incident> find(IncidentFilter filter) {
            return now.find(filter);
        }

        @Override
        public int count(IncidentFilter filter) {
            return now.count(filter);
        }
    }

    private static List<String> ids(SortedAnswers answers) {
        return answers.page(0, answers.size()).stream().map(a -> a.incident().id()).toList();
    }
}
