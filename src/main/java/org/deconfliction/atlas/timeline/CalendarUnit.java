package org.deconfliction.atlas.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A calendar unit the timeline steps by and counts incidents in: a day, a week (ISO weeks, Monday to Sunday) or a
 * calendar month.
 */
public enum CalendarUnit {
    DAY("day"), WEEK("week"), MONTH("month");

    /** Spans longer than this many days are counted per month. */
    static final int MONTHLY_ABOVE_DAYS = 366;
    /** Spans longer than this many days (and up to {@link #MONTHLY_ABOVE_DAYS}) are counted per week; shorter per day. */
    static final int WEEKLY_ABOVE_DAYS = 92;

    private final String code;

    CalendarUnit(String code) {
        this.code = code;
    }

    /** The unit's name in lower case, as sent to the browser and shown in labels: {@code day}, {@code week}, {@code month}. */
    public String code() {
        return code;
    }

    /** The day {@code count} units after {@code date} (before it when negative); month ends are kept within the month. */
    public LocalDate plus(LocalDate date, long count) {
        return switch (this) {
            case DAY -> date.plusDays(count);
            case WEEK -> date.plusWeeks(count);
            case MONTH -> date.plusMonths(count);
        };
    }

    /** The first day of the unit that holds {@code date}: the day itself, the Monday of its week, the 1st of its month. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /**
     * The bin size for a histogram over the days {@code from} to {@code to} (both included): months for spans over
     * {@value #MONTHLY_ABOVE_DAYS} days, weeks for spans over {@value #WEEKLY_ABOVE_DAYS} days, days otherwise, which
     * keeps a histogram between about 13 and 100 bins wide.
     */
    public static CalendarUnit binsFor(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days > MONTHLY_ABOVE_DAYS ? MONTH : days > WEEKLY_ABOVE_DAYS ? WEEK : DAY;
    }

    /** The unit named {@code code} ({@code day}, {@code week} or {@code month}); empty for anything else. */
    public static Optional<CalendarUnit> fromCode(String code) {
        for (CalendarUnit unit : values()) {
            if (unit.code.equals(code)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
