package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.deconfliction.atlas.timeline.DayCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The counts per day of a question's answers, as the timeline draws them, are those of the answers themselves:
 * counted over the columns they equal the counts of the dates of every answer {@link IncidentQueryService#run} gives,
 * and for drawn regions the counts of the incidents that testing each one against the region finds; for every kind of
 * condition, with dates, categories and free text in the filter.
 */
@SpringBootTest
class AnswerDayCountsTest {

    private final IncidentQueryService shipped;
    private final List<Incident> shippedIncidents;
    private final SpatialAnalysis analysis;
    private final List<Site> sites;

    @Autowired
    AnswerDayCountsTest(IncidentQueryService shipped, IncidentRepository incidents, SiteRepository sites,
            SpatialAnalysis analysis) {
        this.shipped = shipped;
        this.shippedIncidents = incidents.findAll();
        this.sites = sites.findAll();
        this.analysis = analysis;
    }

    /** A condition of every kind: the banks, the river, a site, a zone, a rectangle and a 200-vertex outline. */
    private static final List<SpatialCondition> CONDITIONS = List.of(
            new SpatialCondition.InRegion(DrawnRegion.polygon(StarPolygon.wkt(new Random(31), 200, 0.8, 0.03))),
            new SpatialCondition.InRegion(DrawnRegion.rectangle(38.5, 34.0, 41.0, 35.5)),
            new SpatialCondition.InZone("al-tanf-deconfliction-zone"),
            new SpatialCondition.NearSite("al-tanf", 40),
            new SpatialCondition.NearRiver(15),
            new SpatialCondition.OnBank(BankSide.WEST),
            new SpatialCondition.OnBank(BankSide.EAST));

    private static List<IncidentFilter> filters(Random random) {
        List<IncidentFilter> filters = new ArrayList<>(List.of(IncidentFilter.all(),
                IncidentFilter.all().withText("deir")));
        for (int i = 0; i < 4; i++) {
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(6 * 365));
            Set<IncidentCategory> chosen = EnumSet.noneOf(IncidentCategory.class);
            for (IncidentCategory category : IncidentCategory.values()) {
                if (random.nextBoolean()) {
                    chosen.add(category);
                }
            }
            filters.add(IncidentFilter.all().withCategories(chosen));
            filters.add(IncidentFilter.all().withDates(from, from.plusDays(random.nextInt(900))));
        }
        return filters;
    }

    private static DayCounts ofAnswers(IncidentQueryService queries, IncidentQuery query) {
        return DayCounts.of(queries.run(query).answers().stream().map(answer -> answer.incident().date()).toList());
    }

    @Test
    void theShippedIncidentsCountsPerDayAreThoseOfTheirAnswers() {
        for (IncidentFilter filter : filters(new Random(3))) {
            assertThat(shipped.dayCounts(new IncidentQuery(filter, null))).isEqualTo(ofAnswers(shipped, new IncidentQuery(filter, null)));
            for (SpatialCondition condition : CONDITIONS) {
                IncidentQuery query = new IncidentQuery(filter, condition);
                assertThat(shipped.dayCounts(query)).as("%s", query).isEqualTo(ofAnswers(shipped, query));
            }
        }
    }

    @Test
    void tenThousandSyntheticIncidentsCountsPerDayAreThoseOfTheirAnswers() {
        IncidentQueryService synthetic = new IncidentQueryService(new ListedIncidents(
                new SyntheticIncidents(sites, shippedIncidents, 17).stream(10_000).toList()),
                analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        for (IncidentFilter filter : filters(new Random(5))) {
            for (SpatialCondition condition : CONDITIONS) {
                IncidentQuery query = new IncidentQuery(filter, condition);
                DayCounts counts = synthetic.dayCounts(query);
                assertThat(counts).as("%s", query).isEqualTo(ofAnswers(synthetic, query));
            }
        }
    }

    @Test
    void aDrawnRegionsCountsPerDayAreThoseOfTheIncidentsThatTestingEachOneFinds() {
        List<Incident> all = new SyntheticIncidents(sites, shippedIncidents, 19).stream(10_000).toList();
        IncidentRepository listed = new ListedIncidents(all);
        IncidentQueryService synthetic = new IncidentQueryService(listed, analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        Random random = new Random(23);
        for (int round = 0; round < 6; round++) {
            DrawnRegion region = DrawnRegion.polygon(StarPolygon.wkt(random, 200, 0.3 + random.nextDouble(), 0.1));
            for (IncidentFilter filter : filters(random).subList(0, 4)) {
                List<IncidentDate> tested = new ArrayList<>();
                for (Incident incident : listed.findAll()) {
                    SpatialAnswer answer = region.answer(incident.location(), incident.uncertainty().radiusMetres());
                    if (filter.test(incident) && answer != SpatialAnswer.OUTSIDE) {
                        tested.add(incident.date());
                    }
                }
                DayCounts counts = synthetic.dayCounts(new IncidentQuery(filter, new SpatialCondition.InRegion(region)));
                assertThat(counts).as("%s", filter).isEqualTo(DayCounts.of(tested));
                assertThat(counts.size()).isEqualTo(tested.size());
            }
        }
    }

    @Test
    void aRegionsCountsPerDayRightAfterTheAnswerUpToADateAreThoseOfTheIncidentsThatTestingEachOneFinds() {
        List<Incident> all = new SyntheticIncidents(sites, shippedIncidents, 29).stream(10_000).toList();
        IncidentRepository listed = new ListedIncidents(all);
        IncidentQueryService synthetic = new IncidentQueryService(listed, analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        Random random = new Random(37);
        for (int round = 0; round < 6; round++) {
            SpatialCondition region = new SpatialCondition.InRegion(
                    DrawnRegion.polygon(StarPolygon.wkt(random, 200, 0.3 + random.nextDouble(), 0.1)));
            LocalDate current = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(6 * 365));
            // as the main view asks: the answer up to the timeline's date, then the timeline's question without dates,
            // then a step of the timeline to a window of 30 days
            IncidentFilter upToCurrent = IncidentFilter.all().withDates(null, current);
            IncidentFilter window = IncidentFilter.all().withDates(current.minusDays(29), current.plusDays(1));
            assertThat(synthetic.run(new IncidentQuery(upToCurrent, region)).incidents())
                    .containsExactlyElementsOf(tested(listed.findAll(), upToCurrent, region));
            assertThat(synthetic.dayCounts(new IncidentQuery(IncidentFilter.all(), region)))
                    .isEqualTo(DayCounts.of(tested(listed.findAll(), IncidentFilter.all(), region).stream()
                            .map(Incident::date).toList()));
            assertThat(synthetic.run(new IncidentQuery(window, region)).incidents())
                    .containsExactlyElementsOf(tested(listed.findAll(), window, region));
        }
    }

    @Test
    void aRegionAskedAgainAfterAnIncidentMovedIntoItAnswersAndCountsTheMovedIncident() {
        List<Incident> all = new SyntheticIncidents(sites, shippedIncidents, 41).stream(5_000).toList();
        DrawnRegion drawn = DrawnRegion.rectangle(38.5, 34.0, 41.0, 35.5);
        SpatialCondition region = new SpatialCondition.InRegion(drawn);
        ReplacedIncidents store = new ReplacedIncidents(all);
        IncidentQueryService queries = new IncidentQueryService(store, analysis, AnalysisBudget.of(Duration.ofMinutes(5), 1));
        IncidentQuery asked = new IncidentQuery(IncidentFilter.all(), region);
        int before = queries.run(asked).total();
        assertThat(queries.dayCounts(asked).size()).isEqualTo(before);
        Incident outside = all.stream().filter(i -> drawn.answer(i.location(), i.uncertainty().radiusMetres())
                == SpatialAnswer.OUTSIDE).findFirst().orElseThrow();
        for (boolean heard : new boolean[] {false, true}) {
            Incident moved = at(outside, 39.75 + (heard ? 0.01 : 0), 34.75);
            List<Incident> now = new ArrayList<>(store.findAll());
            now.replaceAll(incident -> incident.id().equals(outside.id()) ? moved : incident);
            store.replace(now);
            if (heard) {
                queries.storeChanged(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of()));
            }
            // the question is asked anew over the changed incidents, not answered from what was found before
            assertThat(queries.run(asked).incidents()).as("change heard: %s", heard)
                    .containsExactlyElementsOf(tested(store.findAll(), IncidentFilter.all(), region))
                    .contains(moved).hasSize(before + 1);
            assertThat(queries.dayCounts(asked)).isEqualTo(DayCounts.of(
                    tested(store.findAll(), IncidentFilter.all(), region).stream().map(Incident::date).toList()));
        }
    }

    /** The incidents of the list that pass the filter and answer the region, tested one by one. */
    private static List<Incident> tested(List<Incident> incidents, IncidentFilter filter, SpatialCondition condition) {
        DrawnRegion region = ((SpatialCondition.InRegion) condition).region();
        return incidents.stream().filter(filter::test)
                .filter(i -> region.answer(i.location(), i.uncertainty().radiusMetres()) != SpatialAnswer.OUTSIDE)
                .toList();
    }

    /** The incident moved to a point (degrees), its uncertainty kept. */
    private static Incident at(Incident incident, double lon, double lat) {
        return new Incident(incident.id(), incident.title(), incident.summary(), incident.category(), incident.actors(),
                incident.opponent(), incident.casualties(), incident.place(), incident.siteId(),
                Wgs84.point(lon, lat), incident.uncertainty(), incident.date(), incident.timeOfDay(),
                incident.country(), incident.sources(), incident.disagreements());
    }

    /** A repository whose whole list is replaced, as a store replaces it after a commit. */
    private static final class ReplacedIncidents implements IncidentRepository {
        private volatile ListedIncidents listed;

        ReplacedIncidents(List<Incident> incidents) {
            listed = new ListedIncidents(incidents);
        }

        void replace(List<Incident> incidents) {
            listed = new ListedIncidents(incidents);
        }

        @Override
        public List<Incident> findAll() {
            return listed.findAll();
        }

        @Override
        public Optional<Incident> findById(String id) {
            return listed.findById(id);
        }

        @Override
        public List<Incident> find(IncidentFilter filter) {
            return listed.find(filter);
        }

        @Override
        public int count(IncidentFilter filter) {
            return listed.count(filter);
        }
    }

    @Test
    void noAnswerCountsNothing() {
        IncidentQuery none = IncidentQuery.all().withFilter(IncidentFilter.all()
                .withDates(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)));
        assertThat(shipped.dayCounts(none)).isEqualTo(DayCounts.none());
        assertThat(shipped.dayCounts(none.withSpatial(new SpatialCondition.OnBank(BankSide.EAST)))).isEqualTo(DayCounts.none());
    }
}
