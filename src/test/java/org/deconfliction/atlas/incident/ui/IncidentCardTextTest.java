package org.deconfliction.atlas.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ShippedRepositories;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The text of the shipped incidents' cards and captions reads as sentences: no empty rows, codes or field names. */
@SpringJUnitConfig(IncidentCardTextTest.Geodata.class)
class IncidentCardTextTest {

    @Configuration
    @Import({GeodataFiles.class, ShippedRepositories.class})
    @ComponentScan(basePackageClasses = {SiteRepository.class, IncidentRepository.class},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*"))
    static class Geodata {
    }

    /** A source document's code as the geodata notes write it: three digits standing alone. */
    private static final Pattern SOURCE_CODE = Pattern.compile("(?<![\\d.,])0\\d\\d(?![\\d]|[.,]\\d)");

    @Autowired
    IncidentRepository incidents;

    private Incident khasham() {
        return incidents.findById("battle-of-khasham-2018").orElseThrow();
    }

    /** The rows of each shipped incident's card as the detail panel shows them. */
    private List<Map<String, String>> cards() {
        IncidentDetail detail = new IncidentDetail();
        return incidents.findAll().stream().map(incident -> {
            detail.show(incident);
            return detail.rows();
        }).toList();
    }

    @Test
    void theKhashamCasualtyNoteCitesItsSourcesByTheNumbersTheCardListsThemBy() {
        Incident khasham = khasham();

        assertThat(IncidentText.casualties(khasham)).endsWith("one allied (SDF) fighter was badly injured (source 2). "
                + "Attacker deaths are given as 200–300 (source 1) and as up to 200 (source 2).");
        assertThat(IncidentText.disagreements(khasham)).first()
                .isEqualTo("Attacker deaths: 200–300 (source 1) vs up to 200 (source 2).");
        assertThat(IncidentText.sources(khasham)).containsExactly(
                "1. " + khasham.sources().get(0).label(), "2. " + khasham.sources().get(1).label());
    }

    @Test
    void aDateNoteIsASentenceOfItsOwnAndThePrecisionIsSaidInWords() {
        assertThat(IncidentText.date(khasham())).isEqualTo("7–8 Feb 2018, 22:00 local time (some time in this span). "
                + "Night of 7–8 February 2018: assault from about 22:00, US quick-reaction force arrived about 01:00.");
        assertThat(incidents.findById("al-omar-base-construction-2018").map(IncidentText::date))
                .hasValue("Mar 2018 (day not known)");
    }

    @Test
    void noCardShowsARowWithoutAValue() {
        List<Map<String, String>> cards = cards();

        assertThat(cards).hasSize(63).allSatisfy(card -> assertThat(card).isNotEmpty()
                .allSatisfy((label, text) -> assertThat(text).as(label).isNotBlank()));
        long agreeing = incidents.findAll().stream().filter(i -> i.disagreements().isEmpty()).count();
        assertThat(cards.stream().filter(card -> !card.containsKey("Sources disagree")).count()).isEqualTo(agreeing).isPositive();
    }

    @Test
    void noCardOrCaptionShowsTheCodeOfASourceDocument() {
        assertThat(incidents.findAll()).allSatisfy(incident -> assertThat(Stream.concat(
                        Stream.of(IncidentText.date(incident), IncidentText.casualties(incident)),
                        IncidentText.disagreements(incident).stream()))
                .as(incident.id())
                .noneMatch(text -> SOURCE_CODE.matcher(text).find()));
    }

    @Test
    void aLongerNumberIsNotTakenForACode() {
        Incident raqqa = incidents.findAll().stream().filter(i -> i.summary().contains("40,000")).findFirst().orElseThrow();

        assertThat(SourceNumbers.of(raqqa).cite("more than 40,000 rounds, 000 shells, 1.000 km"))
                .startsWith("more than 40,000 rounds").endsWith("1.000 km");
    }
}
