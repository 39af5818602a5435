package org.deconfliction.atlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import java.util.List;
import org.deconfliction.atlas.incident.IncidentDate;
import org.junit.jupiter.api.Test;

class IncidentHistogramTest {

    private static final DateSpan AUTUMN_2019 = new DateSpan(d("2019-09-01"), d("2019-11-30"));

    private static List<Integer> counts(IncidentHistogram histogram) {
        return histogram.bins().stream().map(TimeBin::count).toList();
    }

    private static List<Integer> uncertain(IncidentHistogram histogram) {
        return histogram.bins().stream().map(TimeBin::uncertain).toList();
    }

    @Test
    void anIncidentDatedOctober2019CountsInOctoberOnly() {
        IncidentHistogram histogram = IncidentHistogram.count(List.of(month("2019-10")), CalendarUnit.MONTH, AUTUMN_2019);

        assertThat(histogram.bins()).extracting(TimeBin::start).containsExactly(d("2019-09-01"), d("2019-10-01"), d("2019-11-01"));
        assertThat(counts(histogram)).containsExactly(0, 1, 0);
        assertThat(uncertain(histogram)).containsExactly(0, 1, 0);
    }

    @Test
    void aSpanAcrossTwoMonthsCountsInBoth() {
        IncidentHistogram histogram = IncidentHistogram.count(
                List.of(range("2019-10-06", "2019-11-14")), CalendarUnit.MONTH, AUTUMN_2019);

        assertThat(counts(histogram)).containsExactly(0, 1, 1);
    }

    @Test
    void countsHowManyOfEachBarAreOfUncertainDate() {
        List<IncidentDate> october = List.of(day("2019-10-16"), month("2019-10"), range("2019-10-25", "2019-10-31"), day("2019-11-03"));

        IncidentHistogram histogram = IncidentHistogram.count(october, CalendarUnit.MONTH, AUTUMN_2019);

        assertThat(histogram.bins().get(1)).isEqualTo(new TimeBin(d("2019-10-01"), d("2019-10-31"), 3, 2));
        assertThat(histogram.bins().get(2)).isEqualTo(new TimeBin(d("2019-11-01"), d("2019-11-30"), 1, 0));
        assertThat(histogram.maxCount()).isEqualTo(3);
    }

    @Test
    void inWeeksAMonthCountsInEveryIsoWeekItTouches() {
        IncidentHistogram histogram = IncidentHistogram.count(
                List.of(month("2019-10")), CalendarUnit.WEEK, new DateSpan(d("2019-10-01"), d("2019-11-10")));

        assertThat(histogram.bins().getFirst().start()).as("a Monday").isEqualTo(d("2019-09-30"));
        assertThat(histogram.bins().getFirst().end()).isEqualTo(d("2019-10-06"));
        assertThat(counts(histogram)).containsExactly(1, 1, 1, 1, 1, 0);
    }

    @Test
    void inDaysAnIncidentOfOneDayCountsOnThatDayAlone() {
        IncidentHistogram histogram = IncidentHistogram.count(
                List.of(day("2018-02-07"), range("2018-02-07", "2018-02-08")), CalendarUnit.DAY,
                new DateSpan(d("2018-02-06"), d("2018-02-09")));

        assertThat(counts(histogram)).containsExactly(0, 2, 1, 0);
        assertThat(uncertain(histogram)).containsExactly(0, 1, 1, 0);
    }

    @Test
    void choosesMonthsForLongSpansWeeksForAFewMonthsAndDaysForShortOnes() {
        assertThat(CalendarUnit.binsFor(d("2014-07-04"), d("2021-06-26"))).isEqualTo(CalendarUnit.MONTH);
        assertThat(CalendarUnit.binsFor(d("2019-01-01"), d("2020-01-02"))).as("367 days").isEqualTo(CalendarUnit.MONTH);
        assertThat(CalendarUnit.binsFor(d("2019-01-01"), d("2019-12-31"))).as("365 days").isEqualTo(CalendarUnit.WEEK);
        assertThat(CalendarUnit.binsFor(d("2019-10-01"), d("2020-01-01"))).as("93 days").isEqualTo(CalendarUnit.WEEK);
        assertThat(CalendarUnit.binsFor(d("2019-10-01"), d("2019-12-31"))).as("92 days").isEqualTo(CalendarUnit.DAY);

        IncidentHistogram zoomedIn = IncidentHistogram.forSpan(List.of(day("2019-10-16")), new DateSpan(d("2019-10-01"), d("2019-10-31")));
        assertThat(zoomedIn.unit()).isEqualTo(CalendarUnit.DAY);
        assertThat(zoomedIn.bins()).hasSize(31);
    }

    @Test
    void monthlyCoversTheWholePeriodOfTheDates() {
        IncidentHistogram histogram = IncidentHistogram.monthly(List.of(day("2014-07-04"), month("2021-04")));

        assertThat(histogram.bins().getFirst().start()).isEqualTo(d("2014-07-01"));
        assertThat(histogram.bins().getLast().end()).isEqualTo(d("2021-04-30"));
        assertThat(histogram.bins()).hasSize(82);
    }

    @Test
    void noDatesGiveNoBins() {
        IncidentHistogram histogram = IncidentHistogram.monthly(List.of());

        assertThat(histogram.bins()).isEmpty();
        assertThat(histogram.maxCount()).isZero();
    }
}
