package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An answer's counts, made once in one pass over its keys, are the counts of its rows one by one; its rows, made
 * when read, are those of the incidents it names with their attributes; a list of rows given by hand counts the same.
 */
@SpringBootTest
class AnswerCountsTest {

    @Autowired
    IncidentRepository shipped;

    @Autowired
    SiteRepository sites;

    @Autowired
    SpatialAnalysis analysis;

    private static final List<IncidentQuery> QUESTIONS = List.of(
            IncidentQuery.all(),
            IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(DrawnRegion.rectangle(39.0, 34.5, 41.5, 36.0))),
            IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.WEST)),
            IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("al-tanf", 80)),
            new IncidentQuery(IncidentFilter.all().withCategories(EnumSet.of(IncidentCategory.AIR_STRIKE, IncidentCategory.DRONE))
                    .withDates(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)), null),
            new IncidentQuery(IncidentFilter.all().withText("deir"), new SpatialCondition.OnBank(BankSide.EAST)));

    @Test
    void theCountsMadeOnceAreTheRowsCountedOneByOne() {
        IncidentQueryService queries = service(1_500);
        for (IncidentQuery question : QUESTIONS) {
            QueryResult result = queries.run(question);
            List<IncidentAnswer> rows = List.copyOf(result.answers());

            assertThat(result.total()).as("%s", question).isEqualTo(rows.size());
            assertThat(result.byCategory()).as("%s by category", question)
                    .isEqualTo(countedBy(rows, a -> a.incident().category()));
            assertThat(result.byBank()).as("%s by bank", question).isEqualTo(countedBy(rows,
                    a -> a.attributes().bankCertain() ? a.attributes().bank() : BankSide.UNCERTAIN));
            assertThat(result.byCertainty()).as("%s by certainty", question).isEqualTo(countedBy(rows, IncidentAnswer::answer));
            QueryResult byHand = new QueryResult(question, rows);
            assertThat(byHand.byCategory()).isEqualTo(result.byCategory());
            assertThat(byHand.byBank()).isEqualTo(result.byBank());
            assertThat(byHand.byCertainty()).isEqualTo(result.byCertainty());
        }
        assertThat(queries.run(QUESTIONS.get(1)).total()).as("the region holds some incidents").isPositive();
    }

    @Test
    void theRowsMadeWhenReadAreTheIncidentsNamedWithTheirAttributes() {
        IncidentQueryService queries = service(800);
        for (IncidentQuery question : QUESTIONS) {
            QueryResult result = queries.run(question);
            assertThat(result.incidents()).as("%s", question)
                    .isEqualTo(result.answers().stream().map(IncidentAnswer::incident).toList());
            for (IncidentAnswer row : result.answers()) {
                assertThat(row.attributes()).isEqualTo(queries.attributes(row.incident()));
            }
            assertThat(result.answers()).as("the same rows when read again").isEqualTo(List.copyOf(result.answers()));
        }
    }

    @Test
    void anEmptyAnswerCountsNothing() {
        QueryResult none = service(200).run(IncidentQuery.all()
                .withFilter(IncidentFilter.all().withDates(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 2))));

        assertThat(none.total()).isZero();
        assertThat(none.counts().onBank(BankSide.EAST)).isZero();
        assertThat(none.byCategory()).isEmpty();
        assertThat(none.byBank()).isEmpty();
        assertThat(none.byCertainty()).isEmpty();
        assertThat(none.incidents()).isEmpty();
    }

    private IncidentQueryService service(int size) {
        IncidentRepository incidents = new ListedIncidents(new SyntheticIncidents(sites.findAll(), shipped.findAll(), 11)
                .stream(size).toList());
        return new IncidentQueryService(incidents, analysis, AnalysisBudget.of(Duration.ofMinutes(1), 1));
    }

    private static <K> Map<K, Integer> countedBy(List<IncidentAnswer> rows, Function<IncidentAnswer, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(a -> 1)));
    }
}
