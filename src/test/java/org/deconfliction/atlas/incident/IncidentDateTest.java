package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentDateTest {

    @ParameterizedTest(name = "{0} {1}..{2} is shown as \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            DAY   | 2018-02-07 | 2018-02-07 | 7 Feb 2018
            MONTH | 2019-10-01 | 2019-10-31 | Oct 2019
            MONTH | 2020-09-01 | 2020-09-30 | Sep 2020
            RANGE | 2021-06-27 | 2021-06-28 | 27–28 Jun 2021
            RANGE | 2019-10-06 | 2019-11-14 | 6 Oct – 14 Nov 2019
            RANGE | 2019-12-30 | 2020-01-02 | 30 Dec 2019 – 2 Jan 2020
            """)
    void aDateIsShownAsPreciselyAsItIsKnown(DatePrecision precision, LocalDate start, LocalDate end, String label) {
        assertThat(new IncidentDate(precision, start, end, null).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0}..{1} overlaps the window {2}..{3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "open", textBlock = """
            2018-02-07 | 2018-02-08 | 2018-02-08 | 2018-03-01 | true
            2018-02-07 | 2018-02-08 | 2018-01-01 | 2018-02-07 | true
            2018-02-07 | 2018-02-08 | 2018-02-09 | 2018-03-01 | false
            2018-02-07 | 2018-02-08 | 2018-01-01 | 2018-02-06 | false
            2018-02-01 | 2018-02-28 | 2018-02-10 | 2018-02-10 | true
            2018-02-07 | 2018-02-08 | open       | 2018-02-07 | true
            2018-02-07 | 2018-02-08 | 2018-02-09 | open       | false
            2018-02-07 | 2018-02-08 | open       | open       | true
            """)
    void aDateOverlapsAWindowWhenTheyShareADay(LocalDate start, LocalDate end, LocalDate from, LocalDate to, boolean overlaps) {
        IncidentDate date = new IncidentDate(start.equals(end) ? DatePrecision.DAY : DatePrecision.RANGE, start, end, null);

        assertThat(date.overlaps(from, to)).isEqualTo(overlaps);
    }

    @Test
    void theDaysMustFitThePrecision() {
        LocalDate seventh = LocalDate.of(2018, 2, 7);
        assertThatThrownBy(() -> new IncidentDate(DatePrecision.DAY, seventh, seventh.plusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end must equal date.start");
        assertThatThrownBy(() -> new IncidentDate(DatePrecision.RANGE, seventh, seventh, null))
                .hasMessageContaining("end must be after date.start");
        assertThatThrownBy(() -> new IncidentDate(DatePrecision.MONTH, seventh, LocalDate.of(2018, 2, 28), null))
                .hasMessageContaining("start must be the first day of a month");
        assertThatThrownBy(() -> new IncidentDate(DatePrecision.MONTH, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 28), null))
                .hasMessageContaining("end must be the last day of the month of date.start (2020-02-29)");
    }
}
