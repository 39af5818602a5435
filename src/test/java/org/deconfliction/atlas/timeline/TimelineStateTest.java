package org.deconfliction.atlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import java.util.Set;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.junit.jupiter.api.Test;

class TimelineStateTest {

    @Test
    void cumulativeModeShowsEverythingUpToAndIncludingTheCurrentDate() {
        IncidentFilter filter = TimelineState.cumulative(d("2019-10-12")).applyTo(IncidentFilter.all());

        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isEqualTo(d("2019-10-12"));
    }

    @Test
    void windowModeShowsTheLastNDaysEndingOnTheCurrentDate() {
        TimelineState week = new TimelineState(d("2019-10-12"), TimelineMode.WINDOW, 7);

        IncidentFilter filter = week.applyTo(IncidentFilter.all());

        assertThat(filter.from()).isEqualTo(d("2019-10-06"));
        assertThat(filter.to()).isEqualTo(d("2019-10-12"));
    }

    @Test
    void aWindowOfOneDayIsTheCurrentDayAlone() {
        TimelineState oneDay = new TimelineState(d("2018-02-07"), TimelineMode.WINDOW, 1);

        assertThat(oneDay.from()).isEqualTo(oneDay.to()).isEqualTo(d("2018-02-07"));
    }

    @Test
    void setsOnlyTheDatesOfTheSharedFilter() {
        IncidentFilter chosen = IncidentFilter.all().withText("Khasham").withCategories(Set.of(IncidentCategory.ROCKET_ARTILLERY));

        IncidentFilter filter = TimelineState.cumulative(d("2019-10-12")).applyTo(chosen);

        assertThat(filter.text()).isEqualTo("Khasham");
        assertThat(filter.categories()).containsExactly(IncidentCategory.ROCKET_ARTILLERY);
    }

    @Test
    void anIncidentDatedToAMonthIsShownWhileAnyDayOfThatMonthIsInTheWindow() {
        var october = month("2019-10");

        assertThat(new TimelineState(d("2019-09-30"), TimelineMode.WINDOW, 7).shows(october)).isFalse();
        assertThat(new TimelineState(d("2019-10-01"), TimelineMode.WINDOW, 1).shows(october)).isTrue();
        assertThat(new TimelineState(d("2019-11-06"), TimelineMode.WINDOW, 7).shows(october)).as("window from 31 Oct").isTrue();
        assertThat(new TimelineState(d("2019-11-07"), TimelineMode.WINDOW, 7).shows(october)).as("window from 1 Nov").isFalse();
    }

    @Test
    void anIncidentDatedToASpanIsShownFromItsFirstDayCumulativelyAndUntilItsLastDayLeavesTheWindow() {
        var khasham = range("2018-02-07", "2018-02-08");

        assertThat(TimelineState.cumulative(d("2018-02-06")).shows(khasham)).isFalse();
        assertThat(TimelineState.cumulative(d("2018-02-07")).shows(khasham)).isTrue();
        assertThat(new TimelineState(d("2018-02-10"), TimelineMode.WINDOW, 3).shows(khasham)).as("window from 8 Feb").isTrue();
        assertThat(new TimelineState(d("2018-02-11"), TimelineMode.WINDOW, 3).shows(khasham)).as("window from 9 Feb").isFalse();
    }

    @Test
    void anIncidentOfOneDayIsShownOnlyWhileThatDayIsInTheWindow() {
        var strike = day("2017-04-07");

        assertThat(new TimelineState(d("2017-04-07"), TimelineMode.WINDOW, 1).shows(strike)).isTrue();
        assertThat(new TimelineState(d("2017-04-08"), TimelineMode.WINDOW, 1).shows(strike)).isFalse();
        assertThat(new TimelineState(d("2017-04-06"), TimelineMode.WINDOW, 30).shows(strike)).isFalse();
    }

    @Test
    void aBrushedRangeBecomesAWindowEndingOnItsLastDay() {
        TimelineState state = TimelineState.window(d("2019-10-25"), d("2019-10-06"));

        assertThat(state).isEqualTo(new TimelineState(d("2019-10-25"), TimelineMode.WINDOW, 20));
        assertThat(state.from()).isEqualTo(d("2019-10-06"));
    }

    @Test
    void switchingModeKeepsTheWindowLengthForLater() {
        TimelineState window = new TimelineState(d("2019-10-12"), TimelineMode.WINDOW, 14);

        TimelineState back = window.withMode(TimelineMode.CUMULATIVE).withMode(TimelineMode.WINDOW);

        assertThat(back).isEqualTo(window);
        assertThat(window.withMode(TimelineMode.CUMULATIVE).from()).isNull();
    }

    @Test
    void aWindowIsOneToTenYearsOfDays() {
        assertThatThrownBy(() -> new TimelineState(d("2019-10-12"), TimelineMode.WINDOW, 0))
                .hasMessageContaining("1 to 3660 days");
        assertThatThrownBy(() -> TimelineState.cumulative(d("2019-10-12")).withWindowDays(3661))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TimelineState.window(d("2000-01-01"), d("2019-12-31")).windowDays()).isEqualTo(TimelineState.MAX_WINDOW_DAYS);
    }
}
