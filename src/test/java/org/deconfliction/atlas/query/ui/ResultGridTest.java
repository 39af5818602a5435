package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The grid of answers: every column resizable, the full title on hover, and what "east?" means said in words. */
@SpringBootTest
class ResultGridTest {

    @Autowired
    IncidentQueryService queries;

    private List<IncidentAnswer> east() {
        return queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST))).answers();
    }

    @Test
    void everyColumnCanBeResizedAndTheTitleIsShownWholeOnHover() {
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        IncidentAnswer first = east().getFirst();

        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.isResizable()).as(column.getKey()).isTrue());
        assertThat(grid.getColumnByKey("title").getTooltipGenerator().apply(first))
                .isEqualTo(first.incident().date().label() + " · " + first.incident().title());
    }

    @Test
    void aBankWithAQuestionMarkIsExplainedOnHover() {
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        IncidentAnswer doubtful = east().stream().filter(a -> !a.attributes().bankCertain()
                && a.attributes().bank() != BankSide.OUTSIDE_AREA).findFirst().orElseThrow();
        IncidentAnswer certain = east().stream().filter(a -> a.attributes().bankCertain()
                && a.attributes().bank() == BankSide.EAST).findFirst().orElseThrow();

        assertThat(grid.getColumnByKey("bank").getTooltipGenerator().apply(doubtful))
                .contains("of the Euphrates, but its location is uncertain").endsWith("it may lie on either bank");
        assertThat(grid.getColumnByKey("bank").getTooltipGenerator().apply(certain)).isEqualTo("East of the Euphrates");
    }
}
