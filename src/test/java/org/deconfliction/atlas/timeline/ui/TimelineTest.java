package org.deconfliction.atlas.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;
import static org.deconfliction.atlas.timeline.TimelineFixtures.month;
import static org.deconfliction.atlas.timeline.TimelineFixtures.range;

import com.vaadin.flow.component.ComponentUtil;
import java.util.List;
import java.util.stream.IntStream;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.timeline.CalendarUnit;
import org.deconfliction.atlas.timeline.DateSpan;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.TimeBin;
import org.deconfliction.atlas.timeline.TimelineState;
import org.junit.jupiter.api.Test;

/** What the timeline component counts and sends, and what it hears, on the server side. */
class TimelineTest {

    private static final List<Incident> INCIDENTS = List.of(
            incident("hostage-rescue", day("2014-07-04")),
            incident("khasham", range("2018-02-07", "2018-02-08")),
            incident("barisha", month("2019-10")),
            incident("lafarge", day("2019-10-16")),
            incident("irbil", day("2021-06-26")));

    @Test
    void countsPerMonthOverTheWholeMonthsOfThePeriod() {
        Timeline timeline = new Timeline();

        timeline.setIncidents(INCIDENTS);

        assertThat(timeline.histogram().unit()).isEqualTo(CalendarUnit.MONTH);
        assertThat(timeline.histogram().bins().getFirst().start()).isEqualTo(d("2014-07-01"));
        assertThat(timeline.histogram().bins().getLast().end()).isEqualTo(d("2021-06-30"));
        assertThat(timeline.histogram().bins()).filteredOn(bin -> bin.start().equals(d("2019-10-01")))
                .containsExactly(new TimeBin(d("2019-10-01"), d("2019-10-31"), 2, 1));
    }

    @Test
    void zoomedToAFewMonthsItCountsPerWeekAndToAMonthPerDay() {
        Timeline timeline = new Timeline();
        timeline.setIncidents(INCIDENTS);

        timeline.showSpan(d("2019-08-01"), d("2019-12-31"));
        assertThat(timeline.histogram().unit()).isEqualTo(CalendarUnit.WEEK);

        timeline.showSpan(d("2019-10-01"), d("2019-10-31"));
        assertThat(timeline.histogram().unit()).isEqualTo(CalendarUnit.DAY);
        assertThat(timeline.histogram().bins()).as("the span and a span's length either side")
                .hasSize(93).filteredOn(bin -> bin.start().equals(d("2019-10-16")))
                .containsExactly(new TimeBin(d("2019-10-16"), d("2019-10-16"), 2, 1));
    }

    @Test
    void zoomingNeverCountsOutsideThePeriod() {
        Timeline timeline = new Timeline();
        timeline.setIncidents(INCIDENTS);

        timeline.showSpan(d("2014-06-01"), d("2014-07-20"));

        assertThat(timeline.histogram().bins().getFirst().start()).isEqualTo(d("2014-07-01"));
    }

    @Test
    void drawsEveryIntervalOfAFewIncidentsAndOnlyBarsForMany() {
        Timeline few = new Timeline();
        few.setIncidents(INCIDENTS);
        List<Incident> many = IntStream.range(0, Timeline.INTERVALS_UP_TO + 1)
                .mapToObj(i -> incident("i" + i, IncidentDate.day(d("2016-01-01").plusDays(i % 400)))).toList();
        Timeline crowded = new Timeline();
        crowded.setIncidents(many);

        assertThat(few.intervalsSent()).isEqualTo(5);
        assertThat(crowded.intervalsSent()).isZero();
        assertThat(crowded.incidentCount()).isEqualTo(Timeline.INTERVALS_UP_TO + 1);
        assertThat(crowded.histogram().bins().stream().mapToInt(TimeBin::count).sum()).isEqualTo(Timeline.INTERVALS_UP_TO + 1);
    }

    @Test
    void countsPerDayShowTheSameBarsAsTheIncidentsWithoutIntervals() {
        Timeline fromIncidents = new Timeline();
        fromIncidents.setIncidents(INCIDENTS);
        Timeline fromCounts = new Timeline();
        fromCounts.setCounts(DayCounts.of(INCIDENTS.stream().map(Incident::date).toList()));

        assertThat(fromCounts.histogram()).isEqualTo(fromIncidents.histogram());
        assertThat(fromCounts.intervalsSent()).isZero();
        fromCounts.showSpan(d("2019-10-01"), d("2019-10-31"));
        fromIncidents.showSpan(d("2019-10-01"), d("2019-10-31"));
        assertThat(fromCounts.histogram()).isEqualTo(fromIncidents.histogram());
    }

    @Test
    void withoutIncidentsItHasNoBarsAndIgnoresZooming() {
        Timeline timeline = new Timeline();

        timeline.setIncidents(List.of());
        timeline.showSpan(d("2019-10-01"), d("2019-10-31"));

        assertThat(timeline.histogram().bins()).isEmpty();
    }

    @Test
    void remembersTheStateAndTheRangeDraggedOutUntilADayIsClicked() {
        Timeline timeline = new Timeline();
        timeline.setState(TimelineState.cumulative(d("2019-10-12")));

        ComponentUtil.fireEvent(timeline, new TimelineRangeEvent(timeline, true, "2019-10-25", "2019-10-06"));
        assertThat(timeline.getRange()).contains(new DateSpan(d("2019-10-06"), d("2019-10-25")));

        ComponentUtil.fireEvent(timeline, new TimelineDateEvent(timeline, true, "2019-11-03"));
        assertThat(timeline.getRange()).isEmpty();
        assertThat(timeline.getState()).contains(TimelineState.cumulative(d("2019-10-12")));
    }

    @Test
    void shownByCountsItSendsTheIntervalsOfASpanZoomedToOnlyOnceItHoldsFewEnough() {
        List<Incident> many = IntStream.range(0, 3 * Timeline.INTERVALS_UP_TO)
                .mapToObj(i -> incident("i" + i, day(d("2016-01-01").plusDays(i / 3).toString()))).toList();
        List<DateSpan> asked = new java.util.ArrayList<>();
        Timeline timeline = new Timeline();

        timeline.setCounts(DayCounts.of(many.stream().map(Incident::date).toList()), (from, to) -> {
            asked.add(new DateSpan(from, to));
            return many.stream().filter(incident -> incident.date().overlaps(from, to)).toList();
        });
        assertThat(timeline.intervalsSent()).isZero();
        assertThat(asked).as("the whole period holds too many to ask for").isEmpty();

        timeline.showSpan(d("2016-03-01"), d("2016-03-14"));
        assertThat(asked).hasSize(1);
        DateSpan span = asked.getFirst();
        assertThat(span.first()).as("the span and a span's length either side").isEqualTo(d("2016-02-16"));
        assertThat(span.last()).isEqualTo(d("2016-03-28"));
        assertThat(timeline.intervalsSent()).isEqualTo(3 * (int) span.days());

        timeline.showSpan(d("2016-01-01"), d("2018-09-26"));
        assertThat(asked).as("not asked again for a span of too many").hasSize(1);
        assertThat(timeline.intervalsSent()).isZero();
    }

    @Test
    void shownByCountsOfFewIncidentsItSendsTheirIntervalsAtOnce() {
        Timeline timeline = new Timeline();

        timeline.setCounts(DayCounts.of(INCIDENTS.stream().map(Incident::date).toList()), (from, to) -> INCIDENTS);

        assertThat(timeline.intervalsSent()).isEqualTo(INCIDENTS.size());
    }

    @Test
    void sendsOnlyDatesCountsIdsAndCodes() {
        String data = TimelineMessages.data(new DateSpan(d("2018-02-01"), d("2018-02-28")), List.of(INCIDENTS.get(1)), false);
        String state = TimelineMessages.state(new TimelineState(d("2018-02-08"), org.deconfliction.atlas.timeline.TimelineMode.WINDOW, 2));

        assertThat(data).isEqualTo("{\"from\":\"2018-02-01\",\"to\":\"2018-02-28\",\"intervals\":"
                + "[{\"id\":\"khasham\",\"start\":\"2018-02-07\",\"end\":\"2018-02-08\",\"precision\":\"range\"}],"
                + "\"withheld\":false}");
        assertThat(state).isEqualTo("{\"current\":\"2018-02-08\",\"from\":\"2018-02-07\",\"mode\":\"window\"}");
    }
}
