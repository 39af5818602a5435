package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
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

    @Test
    void theDateOrderIsTheAnswerSortedByFirstThenLastDayTiesInTheRepositorysOrderInPagesOfAnySize() {
        List<Incident> synthetic = new SyntheticIncidents(sites.findAll(), shipped.findAll(), 5).stream(1_200).toList();
        List<Incident> redated = new ArrayList<>();
        for (int i = 0; i < synthetic.size(); i++) {
            LocalDate first = LocalDate.of(2019, 3, 1).plusDays(i % 23);
            int span = (i * 7) % 5;
            redated.add(dated(synthetic.get(i), span == 0 ? IncidentDate.day(first)
                    : new IncidentDate(DatePrecision.RANGE, first, first.plusDays(span), null)));
        }
        IncidentQueryService service = new IncidentQueryService(new ListedIncidents(redated), analysis,
                AnalysisBudget.of(Duration.ofMinutes(1), 1));
        Random random = new Random(17);
        for (IncidentQuery question : List.of(IncidentQuery.all(),
                IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(DrawnRegion.rectangle(39.0, 34.5, 41.5, 36.0))),
                IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)),
                new IncidentQuery(IncidentFilter.all().withCategories(EnumSet.of(IncidentCategory.GROUND_CLASH)), null))) {
            List<IncidentAnswer> answer = List.copyOf(service.run(question).answers());
            assertThat(answer).as("%s has answers", question).hasSizeGreaterThan(10);
            for (boolean descending : new boolean[] {false, true}) {
                Comparator<IncidentAnswer> byDays = Comparator.comparing((IncidentAnswer a) -> a.incident().date().start())
                        .thenComparing(a -> a.incident().date().end());
                List<String> expected = answer.stream().sorted(descending ? byDays.reversed() : byDays)
                        .map(a -> a.incident().id()).toList();
                SortedAnswers sorted = service.sorted(question, AnswerOrder.DATE, descending);
                int pageSize = 1 + random.nextInt(40);
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < sorted.size() + pageSize; offset += pageSize) {
                    sorted.page(offset, pageSize).forEach(row -> paged.add(row.incident().id()));
                }
                assertThat(paged).as("%s by date %s in pages of %d", question, descending ? "descending" : "ascending", pageSize)
                        .isEqualTo(expected);
                String picked = expected.get(random.nextInt(expected.size()));
                assertThat(sorted.positionOf(picked)).isEqualTo(expected.indexOf(picked));
            }
        }
    }

    private static Incident dated(Incident i, IncidentDate date) {
        return new Incident(i.id(), i.title(), i.summary(), i.category(), i.actors(), i.opponent(), i.casualties(), i.place(),
                i.siteId(), i.location(), i.uncertainty(), date, i.timeOfDay(), i.country(), i.sources(), i.disagreements());
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
