package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.deconfliction.atlas.incident.IncidentDate;

/**
 * How many incidents fall in each day, week or month of a span. An incident counts in <em>every</em> bin that its
 * date interval overlaps: one dated "Oct 2019" counts in October 2019 only (and in each of October's days or weeks
 * when the bins are finer), a span of days from 28 Jun to 3 Jul counts in both June and July. So the bins of an
 * uncertain incident add up to more than one; {@link TimeBin#uncertain()} says how much of each bar is such
 * incidents. Bins are whole units (ISO weeks from Monday, months from the 1st) and cover the span asked for, in
 * order; no span means no bins.
 *
 * @param unit the size of every bin
 * @param bins the bins, oldest first, without gaps
 */
public record IncidentHistogram(CalendarUnit unit, List<TimeBin> bins) {

    public IncidentHistogram {
        Objects.requireNonNull(unit, "unit");
        bins = List.copyOf(bins);
    }

    /** The histogram with no bins. */
    public static IncidentHistogram empty(CalendarUnit unit) {
        return new IncidentHistogram(unit, List.of());
    }

    /** Counts the dates per {@code unit} over the whole units that cover {@code span}. */
    public static IncidentHistogram count(Collection<IncidentDate> dates, CalendarUnit unit, DateSpan span) {
        return count(DayCounts.of(dates), unit, span);
    }

    /**
     * Counts per {@code unit} over the whole units that cover {@code span}, from counts per day: a cost of the bins,
     * whatever the number of incidents counted.
     */
    public static IncidentHistogram count(DayCounts counts, CalendarUnit unit, DateSpan span) {
        List<TimeBin> bins = new ArrayList<>();
        for (LocalDate start = unit.startOf(span.first()); !start.isAfter(span.last()); start = unit.plus(start, 1)) {
            LocalDate end = unit.plus(start, 1).minusDays(1);
            bins.add(new TimeBin(start, end, counts.overlapping(start, end), counts.uncertainOverlapping(start, end)));
        }
        return new IncidentHistogram(unit, bins);
    }

    /** Counts the dates over {@code span} in bins of the size {@link CalendarUnit#binsFor} chooses for its length. */
    public static IncidentHistogram forSpan(Collection<IncidentDate> dates, DateSpan span) {
        return count(dates, CalendarUnit.binsFor(span.first(), span.last()), span);
    }

    /** Counts the dates per month over their whole period; no dates give no bins. */
    public static IncidentHistogram monthly(Collection<IncidentDate> dates) {
        return DateSpan.covering(dates).map(span -> count(dates, CalendarUnit.MONTH, span))
                .orElse(empty(CalendarUnit.MONTH));
    }

    /** The highest count of any bin; 0 without bins. */
    public int maxCount() {
        return bins.stream().mapToInt(TimeBin::count).max().orElse(0);
    }
}
