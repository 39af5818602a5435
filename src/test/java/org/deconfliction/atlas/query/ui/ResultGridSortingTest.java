package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The grid's pages, fetched as the grid asks for them (in its sort order, any page size), put together are the whole
 * answer sorted by that column: checked for every sortable column, both directions and several questions, with page
 * sizes drawn at random (a property sampled with fixed seeds). Unknown values come last either way; a picked incident
 * is selected wherever it stands in the order.
 */
@SpringBootTest
class ResultGridSortingTest {

    @Autowired
    IncidentQueryService queries;

    @Autowired
    IncidentRepository incidents;

    private static final List<IncidentQuery> QUESTIONS = List.of(
            IncidentQuery.all(),
            IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)),
            IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(DrawnRegion.rectangle(39.0, 34.5, 41.5, 36.0))),
            new IncidentQuery(IncidentFilter.all().withText("deir"), new SpatialCondition.NearRiver(10)));

    /** The expected order of each column, written out here: the known values, and which values are unknown. */
    private record Expected(String key, Comparator<IncidentAnswer> known, Predicate<IncidentAnswer> unknown) {
    }

    private static final List<Expected> COLUMNS = List.of(
            new Expected("date", Comparator.comparing((IncidentAnswer a) -> a.incident().date().start())
                    .thenComparing(a -> a.incident().date().end()), a -> false),
            new Expected("title", Comparator.comparing(a -> a.incident().title()), a -> false),
            new Expected("category", Comparator.comparing(a -> a.incident().category().label()), a -> false),
            new Expected("killed", Comparator.comparingInt(a -> IncidentText.killedAtMost(a.incident())),
                    a -> "–".equals(IncidentText.killed(a.incident()))),
            new Expected("bank", Comparator.comparing(a -> bankCell(a)), a -> a.attributes().bank() == BankSide.OUTSIDE_AREA),
            new Expected("river", Comparator.comparingDouble(a -> a.attributes().riverDistanceKm()), a -> false),
            new Expected("nearestSite", Comparator.comparingDouble(a -> a.attributes().nearestSiteKm()),
                    a -> a.attributes().nearestSiteId() == null),
            new Expected("answer", Comparator.comparing(a -> a.answer().name()), a -> false));

    @Test
    void theGridsPagesPutTogetherAreTheSortedAnswerForEveryColumnAndDirection() {
        Random random = new Random(13);
        for (IncidentQuery question : QUESTIONS) {
            List<IncidentAnswer> answer = queries.run(question).answers();
            assertThat(answer).as("the question %s has answers", question).isNotEmpty();
            for (Expected column : COLUMNS) {
                for (SortDirection direction : SortDirection.values()) {
                    List<IncidentAnswer> expected = sorted(answer, column, direction);
                    for (int trial = 0; trial < 3; trial++) {
                        int pageSize = 1 + random.nextInt(Math.max(1, answer.size() / 2));
                        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
                        grid.show(question);
                        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey(column.key()), direction)));
                        assertThat(pages(grid, pageSize)).as("%s by %s %s in pages of %d", question, column.key(), direction, pageSize)
                                .isEqualTo(ids(expected));
                    }
                }
            }
        }
    }

    @Test
    void deadNotReportedComeLastInBothDirections() {
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        grid.show(IncidentQuery.all());
        for (SortDirection direction : SortDirection.values()) {
            grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("killed"), direction)));
            List<Incident> byKilled = pages(grid, 50).stream().map(id -> incidents.findById(id).orElseThrow()).toList();
            int firstUnknown = firstWithoutDead(byKilled);
            assertThat(firstUnknown).as("some incidents report no dead, and some do").isPositive();
            assertThat(byKilled.subList(firstUnknown, byKilled.size())).allSatisfy(i -> assertThat(IncidentText.killed(i)).isEqualTo("–"));
        }
    }

    @Test
    void aPickedIncidentIsSelectedWhereverItStandsInTheOrderAndAnIncidentNotAnsweringClearsTheSelection() {
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        grid.show(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)));
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("title"), SortDirection.DESCENDING)));

        grid.selectIncident("battle-of-khasham-2018");
        assertThat(grid.asSingleSelect().getValue().incident().id()).isEqualTo("battle-of-khasham-2018");
        assertThat(grid.asSingleSelect().getValue().attributes()).isEqualTo(queries.attributes(incidents.findById("battle-of-khasham-2018").orElseThrow()));

        grid.selectIncident("shayrat-missile-strike-2017");
        assertThat(grid.asSingleSelect().getValue()).as("west of the river: not in the answer").isNull();
    }

    @Test
    void theBankAndAnswerHeadersSayWhatTheirValuesMean() {
        assertThat(ResultGrid.BANK_HEADER).contains("\"east?\"", "either bank");
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        assertThat(grid.getColumnByKey("bank").getHeaderComponent().getElement().getAttribute("aria-description"))
                .isEqualTo(ResultGrid.BANK_HEADER);
        assertThat(grid.getColumnByKey("answer").getHeaderComponent().getElement().getAttribute("aria-description"))
                .isEqualTo(ResultGrid.ANSWER_HEADER);
    }

    /** Every row's incident id, fetched page after page as the grid asks its data (with its sort order). */
    private static List<String> pages(ResultGrid grid, int pageSize) {
        var sorting = grid.getDataCommunicator().getBackEndSorting();
        int count = grid.getDataProvider().size(new Query<>(0, Integer.MAX_VALUE, sorting, null, null));
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < count + pageSize; offset += pageSize) {
            grid.getDataProvider().fetch(new Query<>(offset, pageSize, sorting, null, null))
                    .forEach(answer -> ids.add(answer.incident().id()));
        }
        assertThat(ids).hasSize(count);
        return ids;
    }

    /** Stable sort of the repository's order: unknown last, the known values ascending or descending. */
    private static List<IncidentAnswer> sorted(List<IncidentAnswer> answer, Expected column, SortDirection direction) {
        Comparator<IncidentAnswer> known = direction == SortDirection.ASCENDING ? column.known() : column.known().reversed();
        return answer.stream().sorted((a, b) -> {
            boolean aUnknown = column.unknown().test(a);
            boolean bUnknown = column.unknown().test(b);
            return aUnknown || bUnknown ? Boolean.compare(aUnknown, bUnknown) : known.compare(a, b);
        }).toList();
    }

    private static List<String> ids(List<IncidentAnswer> answers) {
        return answers.stream().map(a -> a.incident().id()).toList();
    }

    private static String bankCell(IncidentAnswer answer) {
        String side = switch (answer.attributes().bank()) {
            case EAST -> "east";
            case WEST -> "west";
            case UNCERTAIN -> "uncertain";
            case OUTSIDE_AREA -> "outside area";
        };
        return answer.attributes().bankCertain() || answer.attributes().bank() == BankSide.OUTSIDE_AREA ? side : side + "?";
    }

    private static int firstWithoutDead(List<Incident> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if ("–".equals(IncidentText.killed(ordered.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
