package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentDate;
import org.junit.jupiter.api.Test;

class ChronologicalSortTest {

    private static final double[] AT = {38.5, 35.9};

    private static Incident on(String id, LocalDate day) {
        Incident i = StoreExamples.incident(id, AT);
        return new Incident(i.id(), i.title(), i.summary(), i.category(), i.actors(), i.opponent(), i.casualties(),
                i.place(), i.siteId(), i.location(), i.uncertainty(), IncidentDate.day(day), i.timeOfDay(), i.country(),
                i.sources(), i.disagreements());
    }

    private static List<Incident> shuffled(int count, int days, int daysApart) {
        SplittableRandom random = new SplittableRandom(7);
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            incidents.add(on("incident-" + random.nextInt(1_000_000), LocalDate.of(2014, 9, 1)
                    .plusDays((long) random.nextInt(days) * daysApart)));
        }
        return incidents;
    }

    private static List<Incident> comparisonSorted(List<Incident> incidents) {
        List<Incident> expected = new ArrayList<>(incidents);
        expected.sort(Incident.CHRONOLOGICAL);
        return expected;
    }

    @Test
    void incidentsOfFewDaysComeInTheOrderOfTheComparatorByDayThenId() {
        List<Incident> incidents = shuffled(5_000, 300, 1);

        assertThat(ChronologicalSort.sorted(incidents)).containsExactlyElementsOf(comparisonSorted(incidents));
    }

    @Test
    void incidentsSpreadOverCenturiesComeInTheSameOrder() {
        List<Incident> incidents = shuffled(50, 40, 5_000);

        assertThat(ChronologicalSort.sorted(incidents)).containsExactlyElementsOf(comparisonSorted(incidents));
    }

    @Test
    void noneOrOneIncidentIsItsOwnOrder() {
        Incident one = on("only", LocalDate.of(2018, 2, 7));

        assertThat(ChronologicalSort.sorted(List.of())).isEmpty();
        assertThat(ChronologicalSort.sorted(List.of(one))).containsExactly(one);
    }
}
