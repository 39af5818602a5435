package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.IncidentDate;

/**
 * How many incidents' date intervals have started and ended by each day of their period, as running totals, so
 * that the number overlapping any span of days is two look-ups: those started by its last day minus those ended
 * before its first. Built in one pass over the dates and one over the days; a histogram from it costs its bins,
 * never its incidents. Uncertain dates (dated only to a month or a span) are totalled apart as well. No dates give
 * counts of zero everywhere and no period.
 */
public final class DayCounts {

    private static final DayCounts NONE = new DayCounts(null, new int[0], new int[0], new int[0], new int[0]);

    private final LocalDate first;
    private final int[] started;
    private final int[] ended;
    private final int[] uncertainStarted;
    private final int[] uncertainEnded;

    private DayCounts(LocalDate first, int[] started, int[] ended, int[] uncertainStarted, int[] uncertainEnded) {
        this.first = first;
        this.started = started;
        this.ended = ended;
        this.uncertainStarted = uncertainStarted;
        this.uncertainEnded = uncertainEnded;
    }

    /**
     * The counts of these dates; an empty collection gives {@link #none()}. Two passes over the dates as epoch days
     * (no calendar arithmetic per date) and one over the days.
     */
    public static DayCounts of(Collection<IncidentDate> dates) {
        if (dates.isEmpty()) {
            return NONE;
        }
        long firstDay = Long.MAX_VALUE;
        long lastDay = Long.MIN_VALUE;
        for (IncidentDate date : dates) {
            firstDay = Math.min(firstDay, date.start().toEpochDay());
            lastDay = Math.max(lastDay, date.end().toEpochDay());
        }
        int days = Math.toIntExact(lastDay - firstDay + 1);
        int[] started = new int[days];
        int[] ended = new int[days];
        int[] uncertainStarted = new int[days];
        int[] uncertainEnded = new int[days];
        for (IncidentDate date : dates) {
            int start = (int) (date.start().toEpochDay() - firstDay);
            int end = (int) (date.end().toEpochDay() - firstDay);
            started[start]++;
            ended[end]++;
            if (date.precision() != DatePrecision.DAY) {
                uncertainStarted[start]++;
                uncertainEnded[end]++;
            }
        }
        accumulate(started, ended, uncertainStarted, uncertainEnded);
        return new DayCounts(LocalDate.ofEpochDay(firstDay), started, ended, uncertainStarted, uncertainEnded);
    }

    /**
     * The counts from tallies per day, day 0 being {@code firstEpochDay}: how many dates start and how many end on
     * each day, in all and of the uncertain ones (not to the day). The arrays, all of one length, become the counts'
     * own (summed in place); days before the first start and after the last end are left out, so the period is that
     * of the dates tallied, as {@link #of} gives it. Tallies of nothing give {@link #none()}. Costs the days, not the
     * dates.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static DayCounts ofDailyTallies(long firstEpochDay, int[] starting, int[] ending, int[] uncertainStarting,
            int[] uncertainEnding) {
        int days = starting.length;
        if (ending.length != days || uncertainStarting.length != days || uncertainEnding.length != days) {
            throw new IllegalArgumentException("tallies per day must be of one length, were " + days + ", "
                    + ending.length + ", " + uncertainStarting.length + ", " + uncertainEnding.length);
        }
        int from = 0;
        while (from < days && starting[from] == 0) {
            from++;
        }
        if (from == days) {
            return NONE;
        }
        int to = days - 1;
        while (to > from && ending[to] == 0) {
            to--;
        }
        int[][] tallies = {starting, ending, uncertainStarting, uncertainEnding};
        if (from > 0 || to < days - 1) {
            for (int t = 0; t < tallies.length; t++) {
                tallies[t] = Arrays.copyOfRange(tallies[t], from, to + 1);
            }
        }
        accumulate(tallies);
        return new DayCounts(LocalDate.ofEpochDay(firstEpochDay + from), tallies[0], tallies[1], tallies[2], tallies[3]);
    }

    /** The counts with no incidents. */
    public static DayCounts none() {
        return NONE;
    }

    /** The counts of all the incidents of these counts together (e.g. of several categories); none for none. */
    public static DayCounts sum(Collection<DayCounts> parts) {
        LocalDate first = null;
        LocalDate last = null;
        for (DayCounts part : parts) {
            if (part.first != null) {
                LocalDate partLast = part.first.plusDays(part.started.length - 1L);
                first = first == null || part.first.isBefore(first) ? part.first : first;
                last = last == null || partLast.isAfter(last) ? partLast : last;
            }
        }
        if (first == null) {
            return NONE;
        }
        int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
        int[] started = new int[days];
        int[] ended = new int[days];
        int[] uncertainStarted = new int[days];
        int[] uncertainEnded = new int[days];
        for (DayCounts part : parts) {
            for (int day = 0; day < days; day++) {
                int index = part.index(first, day);
                started[day] += part.total(part.started, index);
                ended[day] += part.total(part.ended, index);
                uncertainStarted[day] += part.total(part.uncertainStarted, index);
                uncertainEnded[day] += part.total(part.uncertainEnded, index);
            }
        }
        return new DayCounts(first, started, ended, uncertainStarted, uncertainEnded);
    }

    /** From the earliest first day to the latest last day of the dates counted; empty without dates. */
    public Optional<DateSpan> period() {
        return first == null ? Optional.empty()
                : Optional.of(new DateSpan(first, first.plusDays(started.length - 1L)));
    }

    /** How many dates are counted. */
    public int size() {
        return started.length == 0 ? 0 : started[started.length - 1];
    }

    /** How many of the dates overlap the days {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int overlapping(LocalDate from, LocalDate to) {
        return overlapping(started, ended, from, to);
    }

    /** How many of the dates overlapping the days {@code from} to {@code to} are uncertain (not to the day). */
    public int uncertainOverlapping(LocalDate from, LocalDate to) {
        return overlapping(uncertainStarted, uncertainEnded, from, to);
    }

    /** Whether some date counted starts on this day. */
    public boolean startsOn(LocalDate day) {
        int index = first == null ? -1 : index(day);
        return index >= 0 && index < started.length && total(started, index) > total(started, index - 1);
    }

    private int overlapping(int[] startedBy, int[] endedBy, LocalDate from, LocalDate to) {
        if (first == null || to.isBefore(from)) {
            return 0;
        }
        return total(startedBy, index(to)) - total(endedBy, index(from) - 1);
    }

    private int index(LocalDate day) {
        long index = ChronoUnit.DAYS.between(first, day);
        return (int) Math.max(-1, Math.min(index, started.length));
    }

    private int index(LocalDate otherFirst, int day) {
        return first == null ? -1 : index(otherFirst.plusDays(day));
    }

    /** The running total at this index: 0 before the first day, the whole total after the last. */
    private int total(int[] runningTotals, int index) {
        if (index < 0 || runningTotals.length == 0) {
            return 0;
        }
        return runningTotals[Math.min(index, runningTotals.length - 1)];
    }

    /** Counts are equal when they count the same number of dates, uncertain ones apart, over every day. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DayCounts that && Objects.equals(first, that.first)
                && Arrays.equals(started, that.started) && Arrays.equals(ended, that.ended)
                && Arrays.equals(uncertainStarted, that.uncertainStarted) && Arrays.equals(uncertainEnded, that.uncertainEnded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, Arrays.hashCode(started), Arrays.hashCode(ended));
    }

    @Override
    public String toString() {
        return "DayCounts[" + size() + " dates" + period().map(span -> " over " + span).orElse("") + "]";
    }

    private static void accumulate(int[]... totals) {
        for (int[] running : totals) {
            for (int day = 1; day < running.length; day++) {
                running[day] += running[day - 1];
            }
        }
    }
}
