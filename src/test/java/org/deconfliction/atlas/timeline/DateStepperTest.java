package org.deconfliction.atlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateStepperTest {

    /** Autumn 2019 as the sources date it: a month, spans of days and single days, two of them on the same day. */
    private final DateStepper autumn2019 = DateStepper.overDates(List.of(
            day("2019-05-01"),
            month("2019-10"),
            range("2019-10-06", "2019-10-31"),
            range("2019-10-06", "2019-11-14"),
            day("2019-10-16"),
            day("2019-11-03"),
            day("2019-11-03"),
            month("2019-12")));

    @Test
    void stepsToTheFirstDayOfEachIncidentWhateverItsPrecision() {
        assertThat(autumn2019.nextIncidentDate(d("2019-05-01"))).contains(d("2019-10-01"));
        assertThat(autumn2019.nextIncidentDate(d("2019-10-01"))).contains(d("2019-10-06"));
        assertThat(autumn2019.nextIncidentDate(d("2019-10-06"))).as("two spans starting the same day, one stop").contains(d("2019-10-16"));
        assertThat(autumn2019.nextIncidentDate(d("2019-11-03"))).as("a month is reached on its 1st").contains(d("2019-12-01"));
    }

    @Test
    void stepsBackFromInsideAnIncidentsIntervalToEarlierFirstDays() {
        assertThat(autumn2019.previousIncidentDate(d("2019-10-20"))).contains(d("2019-10-16"));
        assertThat(autumn2019.previousIncidentDate(d("2019-10-16"))).contains(d("2019-10-06"));
        assertThat(autumn2019.previousIncidentDate(d("2019-10-06"))).contains(d("2019-10-01"));
    }

    @Test
    void hasNoIncidentDateBeyondTheFirstOrTheLast() {
        assertThat(autumn2019.previousIncidentDate(d("2019-05-01"))).isEmpty();
        assertThat(autumn2019.nextIncidentDate(d("2019-12-01"))).as("inside the last month, which starts on the 1st").isEmpty();
        assertThat(autumn2019.nextIncidentDate(d("2010-01-01"))).contains(d("2019-05-01"));
    }

    @Test
    void thePeriodRunsToTheLastDayOfTheLatestInterval() {
        assertThat(autumn2019.first()).contains(d("2019-05-01"));
        assertThat(autumn2019.last()).as("the end of December, not its 1st").contains(d("2019-12-31"));
    }

    @Test
    void stepsByDayWeekAndMonth() {
        assertThat(autumn2019.step(d("2019-10-12"), CalendarUnit.DAY, 1)).contains(d("2019-10-13"));
        assertThat(autumn2019.step(d("2019-10-12"), CalendarUnit.WEEK, -1)).contains(d("2019-10-05"));
        assertThat(autumn2019.step(d("2019-10-12"), CalendarUnit.MONTH, 2)).contains(d("2019-12-12"));
        assertThat(autumn2019.step(d("2019-08-31"), CalendarUnit.MONTH, 1)).as("end of a month").contains(d("2019-09-30"));
    }

    @Test
    void stopsAtTheEdgesOfThePeriod() {
        assertThat(autumn2019.step(d("2019-12-20"), CalendarUnit.MONTH, 1)).contains(d("2019-12-31"));
        assertThat(autumn2019.step(d("2019-12-31"), CalendarUnit.DAY, 1)).contains(d("2019-12-31"));
        assertThat(autumn2019.step(d("2019-05-03"), CalendarUnit.WEEK, -1)).contains(d("2019-05-01"));
        assertThat(autumn2019.step(d("2025-01-01"), CalendarUnit.DAY, -1)).as("from outside the period").contains(d("2019-12-31"));
    }

    @Test
    void overIncidentsUsesTheirDates() {
        DateStepper stepper = DateStepper.over(List.of(incident("a", day("2018-02-07")), incident("b", month("2018-03"))));

        assertThat(stepper.nextIncidentDate(d("2018-02-07"))).contains(d("2018-03-01"));
        assertThat(stepper.period()).contains(new DateSpan(d("2018-02-07"), d("2018-03-31")));
    }

    @Test
    void overNoIncidentsHasNothingToStepTo() {
        DateStepper empty = DateStepper.over(List.of());

        assertThat(empty.first()).isEmpty();
        assertThat(empty.last()).isEmpty();
        assertThat(empty.nextIncidentDate(d("2019-10-12"))).isEmpty();
        assertThat(empty.previousIncidentDate(d("2019-10-12"))).isEmpty();
        assertThat(empty.step(d("2019-10-12"), CalendarUnit.DAY, 1)).isEmpty();
        assertThat(empty.clamp(d("2019-10-12"))).isEmpty();
    }
}
