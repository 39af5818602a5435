package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentDate;

/**
 * Steps a date over the incidents' dates. The <em>incident dates</em> stepped to by {@link #nextIncidentDate} and
 * {@link #previousIncidentDate} are the distinct first days ({@code date.start}) of the incidents: the days on
 * which a new incident comes into a cumulative view, whatever its precision, so an incident dated "Oct 2019" is
 * reached on 1 Oct 2019 and a span of days on its first day. The <em>period</em> runs from the earliest first day
 * to the latest last day, so that the whole interval of the last incident can be stepped into; steps by calendar
 * unit are clamped to it. Over no incidents there is nothing to step to: every method answers
 * {@link Optional#empty()}.
 */
public final class DateStepper {

    private final NavigableSet<LocalDate> incidentDates;
    private final DateSpan period;

    private DateStepper(NavigableSet<LocalDate> incidentDates, DateSpan period) {
        this.incidentDates = incidentDates;
        this.period = period;
    }

    /** A stepper over the dates of these incidents; the list may be empty. */
    public static DateStepper over(List<Incident> incidents) {
        return overDates(incidents.stream().map(Incident::date).toList());
    }

    /** A stepper over these dates; the collection may be empty. */
    public static DateStepper overDates(Collection<IncidentDate> dates) {
        NavigableSet<LocalDate> starts = new TreeSet<>();
        dates.forEach(date -> starts.add(date.start()));
        return new DateStepper(starts, DateSpan.covering(dates).orElse(null));
    }

    /** A stepper over the dates these counts were made of, found in one pass over their days; no counts, no steps. */
    public static DateStepper over(DayCounts counts) {
        NavigableSet<LocalDate> starts = new TreeSet<>();
        DateSpan period = counts.period().orElse(null);
        if (period != null) {
            for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
                if (counts.startsOn(day)) {
                    starts.add(day);
                }
            }
        }
        return new DateStepper(starts, period);
    }

    /** The period of the data, from the earliest first day to the latest last day; empty without incidents. */
    public Optional<DateSpan> period() {
        return Optional.ofNullable(period);
    }

    /** The first day of the period: the earliest incident date. */
    public Optional<LocalDate> first() {
        return period().map(DateSpan::first);
    }

    /** The last day of the period: the latest last day of any incident's interval. */
    public Optional<LocalDate> last() {
        return period().map(DateSpan::last);
    }

    /** The earliest incident date after {@code date}; empty when none comes after it. */
    public Optional<LocalDate> nextIncidentDate(LocalDate date) {
        return Optional.ofNullable(incidentDates.higher(date));
    }

    /** The latest incident date before {@code date}; empty when none comes before it. */
    public Optional<LocalDate> previousIncidentDate(LocalDate date) {
        return Optional.ofNullable(incidentDates.lower(date));
    }

    /**
     * The day {@code count} units after {@code date} (before it when negative), clamped to the period: stepping past
     * either end stops at that end, and a date outside the period is brought into it. Empty without incidents.
     */
    public Optional<LocalDate> step(LocalDate date, CalendarUnit unit, int count) {
        return period().map(span -> span.clamp(unit.plus(date, count)));
    }

    /** {@code date} brought into the period; empty without incidents. */
    public Optional<LocalDate> clamp(LocalDate date) {
        return period().map(span -> span.clamp(date));
    }
}
