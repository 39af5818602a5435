package org.deconfliction.atlas.timeline.ui;

import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.timeline.DateSpan;
import org.deconfliction.atlas.timeline.IncidentHistogram;
import org.deconfliction.atlas.timeline.TimelineState;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON that the {@code atlas-timeline} element is driven with, as documented in {@code atlas-timeline.ts}. Dates
 * are ISO strings ({@code YYYY-MM-DD}); nothing else than dates, counts, ids and codes is sent.
 */
final class TimelineMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TimelineMessages() {
    }

    /** One incident's date interval: its id, first and last day, and precision ({@code day}, {@code month}, {@code range}). */
    record Interval(String id, String start, String end, String precision) {
    }

    /**
     * The whole period shown when zoomed out (whole months) and every incident's interval; {@code withheld} when there
     * are too many to send and those of a span zoomed to follow ({@link Intervals}).
     */
    record Data(String from, String to, List<Interval> intervals, boolean withheld) {
    }

    /**
     * The intervals of the incidents of a span zoomed to, replacing those drawn; {@code tooMany} when the span holds
     * too many incidents to send theirs (then there are none).
     */
    record Intervals(List<Interval> intervals, boolean tooMany) {
    }

    /** One bar: its days, how many incidents overlap them and how many of those are of uncertain date. */
    record Bin(String start, String end, int count, int uncertain) {
    }

    /** The bars for the span being looked at, with their size: {@code day}, {@code week} or {@code month}. */
    record Bins(String unit, List<Bin> bins) {
    }

    /** The current date, the first day of the window (null when cumulative) and the mode's code. */
    record State(String current, String from, String mode) {
    }

    /** A chosen range of days, both included. */
    record Range(String from, String to) {
    }

    static String data(DateSpan period, List<Incident> incidents, boolean withheld) {
        return JSON.writeValueAsString(new Data(iso(period.first()), iso(period.last()), intervalsOf(incidents), withheld));
    }

    static String intervals(List<Incident> incidents, boolean tooMany) {
        return JSON.writeValueAsString(new Intervals(intervalsOf(incidents), tooMany));
    }

    private static List<Interval> intervalsOf(List<Incident> incidents) {
        return incidents.stream().map(incident -> new Interval(incident.id(), iso(incident.date().start()),
                iso(incident.date().end()), incident.date().precision().code())).toList();
    }

    static String bins(IncidentHistogram histogram) {
        return JSON.writeValueAsString(new Bins(histogram.unit().code(), histogram.bins().stream()
                .map(bin -> new Bin(iso(bin.start()), iso(bin.end()), bin.count(), bin.uncertain())).toList()));
    }

    static String state(TimelineState state) {
        return JSON.writeValueAsString(new State(iso(state.current()), iso(state.from()), state.mode().code()));
    }

    static String range(DateSpan range) {
        return range == null ? "" : JSON.writeValueAsString(new Range(iso(range.first()), iso(range.last())));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
