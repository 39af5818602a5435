package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentFilter;

/**
 * Where the timeline stands: the {@code current} date and how time up to it is shown. In
 * {@link TimelineMode#CUMULATIVE} mode the date window is everything up to and including {@code current}; in
 * {@link TimelineMode#WINDOW} mode it is the last {@code windowDays} days up to and including {@code current}, so a
 * window of 1 day is the current day alone. {@code windowDays} is kept in cumulative mode too, so that switching
 * back to a window restores its length. An incident of uncertain date counts when any day of its interval lies in
 * the window ({@link IncidentDate#overlaps}).
 *
 * @param current    the last day shown, never null
 * @param mode       cumulative or window, never null
 * @param windowDays the window's length in days, from 1 to {@value #MAX_WINDOW_DAYS}
 */
public record TimelineState(LocalDate current, TimelineMode mode, int windowDays) {

    /** The window length used when none is chosen: 30 days. */
    public static final int DEFAULT_WINDOW_DAYS = 30;
    /** The longest window: 3660 days, ten years, more than the atlas's whole period. */
    public static final int MAX_WINDOW_DAYS = 3660;

    public TimelineState {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(mode, "mode");
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException(
                    "a window is 1 to " + MAX_WINDOW_DAYS + " days long, was " + windowDays);
        }
    }

    /** Everything up to and including {@code current}, with the default window length kept for later. */
    public static TimelineState cumulative(LocalDate current) {
        return new TimelineState(current, TimelineMode.CUMULATIVE, DEFAULT_WINDOW_DAYS);
    }

    /**
     * The window from {@code from} to {@code to}, both days included, as a brushed range is shown: current date
     * {@code to} with a window of their distance plus one day, at most {@value #MAX_WINDOW_DAYS} days (a longer range
     * keeps its end). The bounds may come in either order.
     */
    public static TimelineState window(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new TimelineState(last, TimelineMode.WINDOW, (int) Math.min(days, MAX_WINDOW_DAYS));
    }

    /** The first day shown: {@code current - windowDays + 1} in window mode, null (open) in cumulative mode. */
    public LocalDate from() {
        return mode == TimelineMode.WINDOW ? current.minusDays(windowDays - 1L) : null;
    }

    /** The last day shown: always {@code current}. */
    public LocalDate to() {
        return current;
    }

    /** Whether an incident with this date is shown: whether any day of its interval lies within {@link #from()}..{@link #to()}. */
    public boolean shows(IncidentDate date) {
        return date.overlaps(from(), to());
    }

    /** The filter with its date window replaced by this state's: (null, current) or (current − N + 1, current). */
    public IncidentFilter applyTo(IncidentFilter filter) {
        return filter.withDates(from(), to());
    }

    /** This state moved to another current date. */
    public TimelineState at(LocalDate date) {
        return new TimelineState(date, mode, windowDays);
    }

    /** This state in another mode, keeping the current date and the window length. */
    public TimelineState withMode(TimelineMode newMode) {
        return new TimelineState(current, newMode, windowDays);
    }

    /** This state with another window length, 1 to {@value #MAX_WINDOW_DAYS} days. */
    public TimelineState withWindowDays(int days) {
        return new TimelineState(current, mode, days);
    }
}
