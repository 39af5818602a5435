package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Unknown values (no dead reported, no bank, no nearest site) come last whichever way a column is sorted. */
@SpringBootTest
class ResultGridSortingTest {

    @Autowired
    IncidentQueryService queries;

    @Test
    void unknownValuesSortLastInBothDirections() {
        List<IncidentAnswer> answers = new ArrayList<>(queries.run(IncidentQuery.all()).answers());
        IncidentAnswer far = answers.removeFirst();
        ItemAttributes a = far.attributes();
        IncidentAnswer unknownPlace = new IncidentAnswer(far.incident(), far.answer(),
                new ItemAttributes(a.itemId(), BankSide.OUTSIDE_AREA, false, a.riverDistanceKm(), null, Double.NaN));
        answers.add(answers.size() / 2, unknownPlace);
        ResultGrid grid = new ResultGrid(id -> id);

        for (SortDirection direction : SortDirection.values()) {
            assertThat(sorted(grid, "nearestSite", direction, answers).getLast()).as(direction.name()).isSameAs(unknownPlace);
            assertThat(sorted(grid, "bank", direction, answers).getLast()).as(direction.name()).isSameAs(unknownPlace);
            List<IncidentAnswer> byKilled = sorted(grid, "killed", direction, answers);
            int firstUnknown = indexOfFirst(byKilled);
            assertThat(firstUnknown).as("some incidents report no dead").isPositive();
            assertThat(byKilled.subList(firstUnknown, byKilled.size()))
                    .allSatisfy(x -> assertThat(IncidentText.killed(x.incident())).isEqualTo("–"));
        }
        List<IncidentAnswer> descending = sorted(grid, "nearestSite", SortDirection.DESCENDING, answers);
        assertThat(descending.getFirst().attributes().nearestSiteKm())
                .isGreaterThanOrEqualTo(descending.get(1).attributes().nearestSiteKm());
    }

    @Test
    void theBankAndAnswerHeadersSayWhatTheirValuesMean() {
        assertThat(ResultGrid.BANK_HEADER).contains("\"east?\"", "either bank");
        ResultGrid grid = new ResultGrid(id -> id);
        assertThat(grid.getColumnByKey("bank").getHeaderComponent().getElement().getAttribute("aria-description"))
                .isEqualTo(ResultGrid.BANK_HEADER);
        assertThat(grid.getColumnByKey("answer").getHeaderComponent().getElement().getAttribute("aria-description"))
                .isEqualTo(ResultGrid.ANSWER_HEADER);
    }

    private static List<IncidentAnswer> sorted(ResultGrid grid, String key, SortDirection direction, List<IncidentAnswer> answers) {
        return answers.stream().sorted(grid.getColumnByKey(key).getComparator(direction)).toList();
    }

    private static int indexOfFirst(List<IncidentAnswer> answers) {
        for (int i = 0; i < answers.size(); i++) {
            if ("–".equals(IncidentText.killed(answers.get(i).incident()))) {
                return i;
            }
        }
        return -1;
    }
}
