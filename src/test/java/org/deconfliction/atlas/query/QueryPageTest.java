package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A page of answers is a slice of the whole answer: the pages of any size, put together, are exactly what
 * {@link IncidentQueryService#run} answers (same incidents, order, answers and attributes), and every page says how
 * many answers there are in all. Checked on the shipped incidents and on 10,000 synthetic ones; a drawn region's
 * pages are also exactly the incidents that testing each one against the region finds.
 */
@SpringBootTest
class QueryPageTest {

    @Autowired
    IncidentQueryService shipped;

    @Autowired
    IncidentRepository shippedIncidents;

    @Autowired
    SiteRepository sites;

    @Autowired
    SpatialAnalysis analysis;

    private static final List<SpatialCondition> CONDITIONS = List.of(
            new SpatialCondition.OnBank(BankSide.EAST),
            new SpatialCondition.OnBank(BankSide.WEST),
            new SpatialCondition.NearRiver(10),
            new SpatialCondition.NearSite("al-tanf", 55),
            new SpatialCondition.NearSite("deir-ez-zor", 40),
            new SpatialCondition.InZone("al-tanf-deconfliction-zone"),
            new SpatialCondition.InRegion(DrawnRegion.rectangle(39.0, 34.5, 41.5, 36.0)),
            new SpatialCondition.InRegion(DrawnRegion.polygon(StarPolygon.wkt(new Random(7), 200, 0.8, 0.03))));

    /** Drawn regions as WKT: 200-vertex outlines, one with a hole, one larger than the area of the incidents. */
    private static final List<String> REGIONS = List.of(
            StarPolygon.wkt(new Random(11), 200, 0.75, 0.03),
            StarPolygon.wkt(new Random(12), 200, 0.5, 0.15),
            "POLYGON ((37.5 33.5, 41.5 33.5, 41.5 36.5, 37.5 36.5, 37.5 33.5), (38.5 34.5, 40.5 34.5, 40.5 35.5, 38.5 35.5, 38.5 34.5))",
            StarPolygon.wkt(new Random(13), 200, 8, 0.03));

    private static final List<IncidentFilter> FILTERS = List.of(
            IncidentFilter.all(),
            IncidentFilter.all().withDates(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)),
            IncidentFilter.all().withCategories(Set.of(IncidentCategory.AIR_STRIKE, IncidentCategory.DRONE)),
            IncidentFilter.all().withText("deir"));

    @Test
    void pagesOfTheShippedIncidentsPutTogetherAreTheWholeAnswer() {
        for (IncidentFilter filter : FILTERS) {
            assertPagesMakeTheWhole(shipped, filter, null, 7);
            for (SpatialCondition condition : CONDITIONS) {
                assertPagesMakeTheWhole(shipped, filter, condition, 7);
            }
        }
    }

    @Test
    void pagesOfTenThousandSyntheticIncidentsPutTogetherAreTheWholeAnswer() {
        IncidentQueryService synthetic = new IncidentQueryService(new ListedIncidents(
                new SyntheticIncidents(sites.findAll(), shippedIncidents.findAll(), 5).stream(10_000).toList()),
                analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        for (IncidentFilter filter : FILTERS.subList(0, 3)) {
            for (SpatialCondition condition : CONDITIONS) {
                assertPagesMakeTheWhole(synthetic, filter, condition, 1_000);
            }
        }
    }

    @Test
    void aRegionsPagesAreTheIncidentsThatTestingEachOneFinds() {
        List<Incident> all = new SyntheticIncidents(sites.findAll(), shippedIncidents.findAll(), 9).stream(10_000).toList();
        IncidentRepository listed = new ListedIncidents(all);
        IncidentQueryService synthetic = new IncidentQueryService(listed, analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        for (String wkt : REGIONS) {
            DrawnRegion region = DrawnRegion.polygon(wkt);
            for (IncidentFilter filter : FILTERS.subList(0, 3)) {
                List<String> tested = new ArrayList<>();
                for (Incident incident : listed.findAll()) {
                    SpatialAnswer answer = region.answer(incident.location(), incident.uncertainty().radiusMetres());
                    if (filter.test(incident) && answer != SpatialAnswer.OUTSIDE) {
                        tested.add(incident.id() + " " + answer);
                    }
                }
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset <= tested.size(); offset += 997) {
                    QueryPage page = synthetic.page(filter, () -> new SpatialCondition.InRegion(region), offset, 997);
                    assertThat(page.numberMatched()).as("%s %s", filter, wkt).isEqualTo(tested.size());
                    page.answers().forEach(a -> paged.add(a.incident().id() + " " + a.answer()));
                }
                assertThat(paged).as("%s %s", filter, wkt).isEqualTo(tested);
            }
        }
    }

    @Test
    void aPagePastTheLastAnswerIsEmptyButStillCountsThemAll() {
        QueryPage page = shipped.page(IncidentFilter.all(), () -> null, 10_000, 10);

        assertThat(page.answers()).isEmpty();
        assertThat(page.numberMatched()).isEqualTo(shippedIncidents.findAll().size());
    }

    private static void assertPagesMakeTheWhole(IncidentQueryService queries, IncidentFilter filter,
            SpatialCondition condition, int limit) {
        QueryResult whole = queries.run(new IncidentQuery(filter, condition));
        List<IncidentAnswer> together = new ArrayList<>();
        for (int offset = 0; offset <= whole.total(); offset += limit) {
            QueryPage page = queries.page(filter, () -> condition, offset, limit);
            assertThat(page.numberMatched()).as("%s %s", filter, condition).isEqualTo(whole.total());
            assertThat(page.answers().size()).isLessThanOrEqualTo(limit);
            together.addAll(page.answers());
        }
        assertThat(together).as("%s %s", filter, condition).isEqualTo(whole.answers());
    }
}
