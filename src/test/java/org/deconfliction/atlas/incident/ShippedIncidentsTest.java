package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The incidents shipped in {@code geodata/incidents.geojson}, as the repository loads them at start-up. */
@SpringJUnitConfig(ShippedIncidentsTest.Geodata.class)
class ShippedIncidentsTest {

    /** Only the geodata, the sites and the incidents: no web server, no user interface. */
    @Configuration
    @Import({GeodataFiles.class, ShippedRepositories.class})
    @ComponentScan(basePackageClasses = {SiteRepository.class, IncidentRepository.class},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*"))
    static class Geodata {
    }

    @Autowired
    IncidentRepository incidents;

    @Test
    void all63IncidentsLoadInDateOrder() {
        assertThat(incidents.findAll()).hasSize(63).isSortedAccordingTo(Incident.CHRONOLOGICAL);
        assertThat(incidents.count(IncidentFilter.all())).isEqualTo(63);
        assertThat(incidents.find(IncidentFilter.all())).isEqualTo(incidents.findAll());
    }

    @Test
    void everyIncidentLiesInTheStudyAreaAndPeriod() {
        Envelope studyArea = new Envelope(35.0, 44.5, 32.0, 37.5);

        assertThat(incidents.findAll()).allSatisfy(incident -> {
            assertThat(studyArea.covers(incident.location().getCoordinate())).as(incident.id()).isTrue();
            assertThat(incident.date().start()).as(incident.id()).isAfterOrEqualTo(LocalDate.of(2014, 1, 1));
            assertThat(incident.date().end()).as(incident.id()).isBeforeOrEqualTo(LocalDate.of(2021, 12, 31));
        });
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            battle-of-khasham-2018                    | RANGE | conoco       | 7–8 Feb 2018
            qamishli-checkpoint-small-arms-fire-2020  | DAY   | qamishli     | 12 Feb 2020
            tal-dahab-exchange-of-fire-2020           | DAY   | tal-dahab    | 17 Aug 2020
            al-malikiyah-vehicle-ramming-2020         | RANGE | al-malikiyah | 25–26 Aug 2020
            al-omar-rocket-attack-2021                | DAY   | al-omar      | 28 Jun 2021
            al-tanf-drone-attack-2021                 | DAY   | al-tanf      | 20 Oct 2021
            manbij-suicide-bombing-2019               | DAY   | manbij       | 16 Jan 2019
            shaddadi-hasakah-road-svbied-2019         | DAY   | -            | 21 Jan 2019
            baghuz-airstrike-2019                     | DAY   | al-baghuz    | 18 Mar 2019
            lafarge-factory-bombing-2019              | DAY   | lafarge      | 16 Oct 2019
            barisha-raid-2019                         | MONTH | barisha      | Oct 2019
            shayrat-missile-strike-2017               | DAY   | shayrat      | 7 Apr 2017
            tell-tamer-artillery-near-convoy-2019     | DAY   | tell-tamer   | 3 Nov 2019
            sarmada-strike-muhsin-al-fadhli-2015      | DAY   | sarmada      | 8 Jul 2015
            """)
    void theIncidentsNamedInIssue3ArePresent(String id, DatePrecision precision, String siteId, String date) {
        assertThat(incidents.findById(id)).hasValueSatisfying(incident -> {
            assertThat(incident.date().precision()).isEqualTo(precision);
            assertThat(incident.date().label()).isEqualTo(date);
            assertThat(incident.siteId()).isEqualTo(siteId);
        });
    }

    @Test
    void freeTextAlsoSearchesTheNamesOfTheSite() {
        assertThat(incidents.find(IncidentFilter.all().withText("Koniko")))
                .extracting(Incident::id).containsExactly("battle-of-khasham-2018");
    }

    @Test
    void freeTextToleratesTransliteration() {
        IncidentFilter deirEzZor = IncidentFilter.all().withText("Deir ez-Zor");

        assertThat(incidents.find(IncidentFilter.all().withText("Dayr az Zawr"))).isEqualTo(incidents.find(deirEzZor));
        assertThat(incidents.find(IncidentFilter.all().withText("Deir Ezzor"))).isEqualTo(incidents.find(deirEzZor));
        assertThat(incidents.count(deirEzZor)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void filtersCombine() {
        IncidentFilter russiaIn2020 = IncidentFilter.all()
                .withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .withOpponents(Set.of(Opponent.RUSSIA))
                .withCategories(Set.of(IncidentCategory.VEHICLE_COLLISION));

        assertThat(incidents.find(russiaIn2020)).extracting(Incident::id).containsExactly("al-malikiyah-vehicle-ramming-2020");
        assertThat(incidents.count(russiaIn2020)).isEqualTo(1);
        assertThat(incidents.findById("no-such-incident")).isEmpty();
    }
}
