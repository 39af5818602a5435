package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Spatial questions over the shipped incidents. */
@SpringBootTest
class IncidentQueryServiceTest {

    @Autowired
    IncidentQueryService queries;

    @Autowired
    IncidentRepository incidents;

    private List<String> ids(SpatialCondition condition) {
        return queries.run(IncidentQuery.all().withSpatial(condition)).answers().stream().map(a -> a.incident().id()).toList();
    }

    @Test
    void theBattleOfKhashamAndTheRocketsOnAlOmarFellEastOfTheEuphrates() {
        List<String> east = ids(new SpatialCondition.OnBank(BankSide.EAST));
        List<String> west = ids(new SpatialCondition.OnBank(BankSide.WEST));

        assertThat(east).contains("battle-of-khasham-2018", "al-omar-rocket-attack-2021", "qamishli-checkpoint-small-arms-fire-2020")
                .doesNotContain("shayrat-missile-strike-2017", "al-tanf-drone-attack-2021");
        assertThat(west).contains("shayrat-missile-strike-2017", "al-tanf-drone-attack-2021", "manbij-suicide-bombing-2019")
                .doesNotContain("battle-of-khasham-2018");
    }

    @Test
    void everyIncidentIsEastWestOrUncertainButNeverTwoOfThem() {
        QueryResult east = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)));
        QueryResult west = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.WEST)));

        Set<String> certainEast = new HashSet<>();
        east.answers().stream().filter(a -> a.answer() == SpatialAnswer.INSIDE).forEach(a -> certainEast.add(a.incident().id()));
        Set<String> certainWest = new HashSet<>();
        west.answers().stream().filter(a -> a.answer() == SpatialAnswer.INSIDE).forEach(a -> certainWest.add(a.incident().id()));
        Set<String> uncertainEast = new HashSet<>();
        east.answers().stream().filter(a -> a.answer() == SpatialAnswer.UNCERTAIN).forEach(a -> uncertainEast.add(a.incident().id()));
        Set<String> uncertainWest = new HashSet<>();
        west.answers().stream().filter(a -> a.answer() == SpatialAnswer.UNCERTAIN).forEach(a -> uncertainWest.add(a.incident().id()));

        assertThat(certainEast).doesNotContainAnyElementsOf(certainWest);
        assertThat(uncertainEast).isEqualTo(uncertainWest);
        assertThat(certainEast.size() + certainWest.size() + uncertainEast.size()).isEqualTo(incidents.findAll().size());
    }

    @Test
    void theDroneAttackOnAlTanfWasInsideTheDeconflictionZoneAndWithin55KmOfTheGarrison() {
        assertThat(ids(new SpatialCondition.InZone("al-tanf-deconfliction-zone"))).contains("al-tanf-drone-attack-2021");
        assertThat(ids(new SpatialCondition.NearSite("al-tanf", 55))).contains("al-tanf-drone-attack-2021")
                .doesNotContain("battle-of-khasham-2018");
    }

    @Test
    void aDrawnRectangleAroundDeirEzZorHoldsTheKhashamBattleButNotQamishli() {
        DrawnRegion box = DrawnRegion.rectangle(39.9, 35.1, 40.6, 35.5);

        assertThat(ids(new SpatialCondition.InRegion(box))).contains("battle-of-khasham-2018")
                .doesNotContain("qamishli-checkpoint-small-arms-fire-2020");
    }

    @Test
    void nearTheRiverCountsAnIncidentWhoseCircleCrossesTheDistanceAsUncertain() {
        QueryResult near = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearRiver(10)));

        for (IncidentAnswer answer : near.answers()) {
            double km = answer.attributes().riverDistanceKm();
            double uncertaintyKm = answer.incident().uncertainty().radiusMetres() / 1000;
            if (answer.answer() == SpatialAnswer.INSIDE) {
                assertThat(km + uncertaintyKm).isLessThanOrEqualTo(10);
            } else {
                assertThat(km - uncertaintyKm).isLessThanOrEqualTo(10);
                assertThat(km + uncertaintyKm).isGreaterThan(10);
            }
        }
    }

    @Test
    void theSpatialConditionFollowsTheSharedFilter() {
        IncidentFilter only2021 = IncidentFilter.all().withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

        QueryResult result = queries.run(new IncidentQuery(only2021, new SpatialCondition.OnBank(BankSide.EAST)));

        assertThat(result.answers()).allSatisfy(a -> assertThat(a.incident().date().end()).isAfterOrEqualTo(LocalDate.of(2021, 1, 1)));
        assertThat(result.answers()).extracting(a -> a.incident().id()).contains("al-omar-rocket-attack-2021");
        assertThat(result.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.total());
        assertThat(result.byCertainty().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(result.total());
    }

    @Test
    void refusesASiteOrZoneThatDoesNotExist() {
        assertThatThrownBy(() -> ids(new SpatialCondition.NearSite("atlantis", 10)))
                .isInstanceOf(UnknownReferenceException.class).hasMessage("there is no site 'atlantis'");
        assertThatThrownBy(() -> ids(new SpatialCondition.InZone("nowhere")))
                .isInstanceOf(UnknownReferenceException.class).hasMessage("there is no zone 'nowhere'");
    }
}
