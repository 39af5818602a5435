package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.deconfliction.atlas.incident.IncidentDate;

/** The closed interval of calendar days from {@code first} to {@code last}, both included. */
public record DateSpan(LocalDate first, LocalDate last) {

    public DateSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a span must not end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The span from the earliest first day to the latest last day of the dates; empty when there are none. */
    public static Optional<DateSpan> covering(Collection<IncidentDate> dates) {
        return dates.stream().map(IncidentDate::start).min(LocalDate::compareTo)
                .map(first -> new DateSpan(first,
                        dates.stream().map(IncidentDate::end).max(LocalDate::compareTo).orElseThrow()));
    }

    /** How many days the span holds, at least 1. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Whether {@code date} is one of the span's days. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** {@code date} itself when it lies in the span, else the span's nearer end. */
    public LocalDate clamp(LocalDate date) {
        return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
    }

    /** This span widened to whole units at both ends, e.g. from the 1st of the first month to the end of the last. */
    public DateSpan toWhole(CalendarUnit unit) {
        return new DateSpan(unit.startOf(first), unit.plus(unit.startOf(last), 1).minusDays(1));
    }
}
