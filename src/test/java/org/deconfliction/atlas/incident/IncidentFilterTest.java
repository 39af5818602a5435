package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.incident.IncidentExample.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

class IncidentFilterTest {

    private final Incident khasham = incident("battle-of-khasham-2018")
            .title("Battle of Khasham").place("Conoco gas field, Deir ez-Zor Governorate").site("conoco")
            .category(IncidentCategory.GROUND_CLASH).opponent(Opponent.RUSSIA)
            .from(LocalDate.of(2018, 2, 7), LocalDate.of(2018, 2, 8)).at(40.30944, 35.33611).build();
    private final Incident alOmar = incident("al-omar-rocket-attack-2021")
            .title("Rocket attack on al-Omar").place("al-Omar oil field").site("al-omar")
            .category(IncidentCategory.ROCKET_ARTILLERY).opponent(Opponent.IRAN_BACKED)
            .on(LocalDate.of(2021, 6, 28)).at(40.53, 35.08).build();
    private final Incident raqqa = incident("raqqa-school-airstrike-2017")
            .title("Airstrike on a school").place("al-Mansoura, Raqqa Governorate")
            .category(IncidentCategory.AIR_STRIKE).opponent(Opponent.ISIS)
            .on(LocalDate.of(2017, 3, 21)).at(39.0079, 35.9528).build();

    @Test
    void everyIncidentPassesTheEmptyFilter() {
        assertThat(List.of(khasham, alOmar, raqqa)).allMatch(IncidentFilter.all()::test);
    }

    @Test
    void anIncidentPassesTheDateWindowWhenItsDaysOverlapItEdgesIncluded() {
        IncidentFilter lastDayOfKhasham = IncidentFilter.all().withDates(LocalDate.of(2018, 2, 8), LocalDate.of(2018, 12, 31));
        IncidentFilter dayAfterKhasham = IncidentFilter.all().withDates(LocalDate.of(2018, 2, 9), null);
        IncidentFilter untilFirstDayOfKhasham = IncidentFilter.all().withDates(null, LocalDate.of(2018, 2, 7));

        assertThat(lastDayOfKhasham.test(khasham)).isTrue();
        assertThat(dayAfterKhasham.test(khasham)).isFalse();
        assertThat(dayAfterKhasham.test(alOmar)).isTrue();
        assertThat(untilFirstDayOfKhasham.test(khasham)).isTrue();
        assertThat(untilFirstDayOfKhasham.test(raqqa)).isTrue();
        assertThat(untilFirstDayOfKhasham.test(alOmar)).isFalse();
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> IncidentFilter.all().withDates(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIncidentPassesWhenItsCategoryAndOpponentAreChosen() {
        IncidentFilter fire = IncidentFilter.all()
                .withCategories(Set.of(IncidentCategory.GROUND_CLASH, IncidentCategory.ROCKET_ARTILLERY));

        assertThat(fire.test(khasham)).isTrue();
        assertThat(fire.test(alOmar)).isTrue();
        assertThat(fire.test(raqqa)).isFalse();
        assertThat(fire.withOpponents(Set.of(Opponent.RUSSIA)).test(alOmar)).isFalse();
        assertThat(fire.withOpponents(Set.of(Opponent.RUSSIA)).test(khasham)).isTrue();
        assertThat(fire.withCategories(Set.of()).test(raqqa)).as("no categories chosen allows all").isTrue();
    }

    @Test
    void anIncidentPassesTheBoundingBoxWhenItsPointLiesInItEdgesIncluded() {
        IncidentFilter eastOfKhasham = IncidentFilter.all().withBbox(new Envelope(40.30944, 41.0, 35.0, 35.5));

        assertThat(eastOfKhasham.test(khasham)).isTrue();
        assertThat(eastOfKhasham.test(alOmar)).isTrue();
        assertThat(eastOfKhasham.test(raqqa)).isFalse();
    }

    @Test
    void theFilterKeepsItsOwnCopyOfTheBoundingBox() {
        Envelope box = new Envelope(40.0, 41.0, 35.0, 35.5);
        IncidentFilter filter = IncidentFilter.all().withBbox(box);

        box.expandToInclude(39.0, 36.0);
        filter.bbox().expandToInclude(39.0, 36.0);

        assertThat(filter.bbox()).isEqualTo(new Envelope(40.0, 41.0, 35.0, 35.5));
        assertThat(filter.test(raqqa)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" finds the Battle of Khasham")
    @ValueSource(strings = {"Khasham", "khasham battle", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zor", "conoco"})
    void freeTextFindsAnIncidentHoweverItsNamesAreSpelled(String text) {
        IncidentFilter filter = IncidentFilter.all().withText(text);

        assertThat(filter.test(khasham)).isTrue();
        assertThat(filter.test(raqqa)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" finds the rocket attack on al-Omar")
    @ValueSource(strings = {"al-Omar", "Al Omar", "Omar", "omar rocket", "Iran"})
    void freeTextSearchesTitlePlaceAndActors(String text) {
        Incident withActor = new Incident(alOmar.id(), alOmar.title(), alOmar.summary(), alOmar.category(),
                new Actors(List.of("US forces"), List.of("Iran-backed militia")), alOmar.opponent(), alOmar.casualties(),
                alOmar.place(), alOmar.siteId(), alOmar.location(), alOmar.uncertainty(), alOmar.date(),
                alOmar.timeOfDay(), alOmar.country(), alOmar.sources(), alOmar.disagreements());

        assertThat(IncidentFilter.all().withText(text).test(withActor)).isTrue();
    }

    @Test
    void blankTextIsNoText() {
        assertThat(IncidentFilter.all().withText("  ")).isEqualTo(IncidentFilter.all());
        assertThat(IncidentFilter.all().withText(" Omar ").text()).isEqualTo("Omar");
    }

    @Test
    void storesAlsoSearchTheNamesOfTheIncidentsSite() {
        Site conoco = new Site("conoco", "Conoco gas field", List.of("Conoco gas plant", "Koniko"), SiteKind.OIL_GAS_FIELD,
                "Gas plant east of the Euphrates.", Wgs84.point(40.30944, 35.33611),
                new LocationUncertainty(LocationPrecision.EXACT, 1000), List.of(), "SY", List.of());
        IncidentFilter koniko = IncidentFilter.all().withText("Koniko");

        assertThat(koniko.test(khasham)).as("the incident's own words do not say Koniko").isFalse();
        assertThat(koniko.predicate(incident -> IncidentFilter.searchableWords(incident, conoco)).test(khasham)).isTrue();
    }

    @Test
    void allPartsMustPass() {
        IncidentFilter filter = IncidentFilter.all()
                .withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31))
                .withOpponents(Set.of(Opponent.RUSSIA, Opponent.IRAN_BACKED))
                .withBbox(new Envelope(40.0, 41.0, 35.0, 35.5))
                .withText("Deir ez-Zor");

        assertThat(List.of(khasham, alOmar, raqqa)).filteredOn(filter::test).containsExactly(khasham);
    }
}
