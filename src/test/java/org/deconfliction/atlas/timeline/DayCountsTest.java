package org.deconfliction.atlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.IncidentDate;
import org.junit.jupiter.api.Test;

class DayCountsTest {

    private static final LocalDate FIRST = d("2014-01-01");

    /** Random dates over seven years: most to the day, some to a month, some spans of up to 60 days. */
    private static List<IncidentDate> randomDates(Random random, int count) {
        List<IncidentDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(7 * 365));
            int kind = random.nextInt(10);
            if (kind < 7) {
                dates.add(IncidentDate.day(start));
            } else if (kind < 9) {
                dates.add(month(start.toString().substring(0, 7)));
            } else {
                dates.add(range(start.toString(), start.plusDays(1 + random.nextInt(60)).toString()));
            }
        }
        return dates;
    }

    /** The rule the counts must keep, by looking at every date. */
    private static int scanned(List<IncidentDate> dates, LocalDate from, LocalDate to, boolean uncertainOnly) {
        return (int) dates.stream().filter(date -> date.overlaps(from, to))
                .filter(date -> !uncertainOnly || date.precision() != DatePrecision.DAY).count();
    }

    @Test
    void countsOverAnySpanEqualAScanOfTheDates() {
        Random random = new Random(13);
        for (int round = 0; round < 20; round++) {
            List<IncidentDate> dates = randomDates(random, 1 + random.nextInt(300));
            DayCounts counts = DayCounts.of(dates);
            for (int span = 0; span < 50; span++) {
                LocalDate from = FIRST.minusDays(40).plusDays(random.nextInt(8 * 365));
                LocalDate to = from.plusDays(random.nextInt(120));
                assertThat(counts.overlapping(from, to)).as("%s..%s", from, to).isEqualTo(scanned(dates, from, to, false));
                assertThat(counts.uncertainOverlapping(from, to)).isEqualTo(scanned(dates, from, to, true));
            }
            assertThat(counts.size()).isEqualTo(dates.size());
            assertThat(counts.period()).isEqualTo(DateSpan.covering(dates));
        }
    }

    @Test
    void histogramsPerDayWeekAndMonthEqualAScanOfEveryBin() {
        List<IncidentDate> dates = randomDates(new Random(7), 500);
        DayCounts counts = DayCounts.of(dates);
        DateSpan span = new DateSpan(d("2016-11-20"), d("2017-03-09"));
        for (CalendarUnit unit : CalendarUnit.values()) {
            for (TimeBin bin : IncidentHistogram.count(counts, unit, span).bins()) {
                assertThat(bin.count()).isEqualTo(scanned(dates, bin.start(), bin.end(), false));
                assertThat(bin.uncertain()).isEqualTo(scanned(dates, bin.start(), bin.end(), true));
            }
        }
    }

    @Test
    void theSumOfPartsCountsAsTheirDatesTogether() {
        List<IncidentDate> first = List.of(day("2015-03-02"), month("2015-04"));
        List<IncidentDate> second = List.of(range("2019-12-30", "2020-01-04"), day("2015-03-02"));
        List<IncidentDate> both = new ArrayList<>(first);
        both.addAll(second);

        DayCounts sum = DayCounts.sum(List.of(DayCounts.of(first), DayCounts.none(), DayCounts.of(second)));
        DayCounts together = DayCounts.of(both);

        assertThat(sum.period()).isEqualTo(together.period());
        assertThat(sum.size()).isEqualTo(4);
        for (LocalDate day = d("2015-01-01"); day.isBefore(d("2020-03-01")); day = day.plusDays(9)) {
            assertThat(sum.overlapping(day, day.plusDays(20))).isEqualTo(together.overlapping(day, day.plusDays(20)));
        }
    }

    @Test
    void noDatesCountNothingAnywhere() {
        DayCounts none = DayCounts.of(List.of());

        assertThat(none.size()).isZero();
        assertThat(none.period()).isEmpty();
        assertThat(none.overlapping(d("2015-01-01"), d("2021-01-01"))).isZero();
        assertThat(none.startsOn(d("2015-01-01"))).isFalse();
    }

    @Test
    void knowsTheDaysOnWhichSomeDateStarts() {
        DayCounts counts = DayCounts.of(List.of(day("2015-03-02"), range("2015-03-05", "2015-03-09")));

        assertThat(counts.startsOn(d("2015-03-02"))).isTrue();
        assertThat(counts.startsOn(d("2015-03-05"))).isTrue();
        assertThat(counts.startsOn(d("2015-03-03"))).isFalse();
        assertThat(counts.startsOn(d("2015-03-09"))).isFalse();
        assertThat(counts.startsOn(d("2014-03-09"))).isFalse();
    }

    @Test
    void talliesPerDayCountAsTheirDatesDoOverTheDatesPeriodOnly() {
        Random random = new Random(29);
        for (int round = 0; round < 20; round++) {
            List<IncidentDate> dates = randomDates(random, 1 + random.nextInt(300));
            long firstEpochDay = FIRST.minusDays(random.nextInt(100)).toEpochDay();
            int days = (int) (FIRST.plusDays(8 * 365).toEpochDay() - firstEpochDay);
            int[][] tallies = new int[4][days];
            for (IncidentDate date : dates) {
                int start = (int) (date.start().toEpochDay() - firstEpochDay);
                int end = (int) (date.end().toEpochDay() - firstEpochDay);
                tallies[0][start]++;
                tallies[1][end]++;
                if (date.precision() != DatePrecision.DAY) {
                    tallies[2][start]++;
                    tallies[3][end]++;
                }
            }
            DayCounts counts = DayCounts.ofDailyTallies(firstEpochDay, tallies[0], tallies[1], tallies[2], tallies[3]);
            assertThat(counts).isEqualTo(DayCounts.of(dates));
            assertThat(counts.period()).isEqualTo(DateSpan.covering(dates));
        }
    }

    @Test
    void talliesOfNothingCountNothingAndTalliesOfUnequalLengthAreRefused() {
        assertThat(DayCounts.ofDailyTallies(0, new int[30], new int[30], new int[30], new int[30])).isEqualTo(DayCounts.none());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DayCounts.ofDailyTallies(0, new int[3], new int[2], new int[3], new int[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3, 2, 3, 3");
    }
}
