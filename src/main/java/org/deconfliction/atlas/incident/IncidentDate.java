package org.deconfliction.atlas.incident;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * When an incident happened, as the closed interval of calendar days from {@code start} to {@code end}: one day
 * ({@link DatePrecision#DAY}, start equals end), one whole month ({@link DatePrecision#MONTH}, first to last day) or
 * a span of days ({@link DatePrecision#RANGE}, start before end). {@code note} explains a doubtful date, else null.
 */
public record IncidentDate(DatePrecision precision, LocalDate start, LocalDate end, String note) {

    public IncidentDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        String startProblem = problemWithStart(precision, start);
        String problem = startProblem != null ? "start " + startProblem : problemWithEnd(precision, start, end);
        if (problem != null) {
            throw new IllegalArgumentException(startProblem != null ? problem : "end " + problem);
        }
    }

    /** A single day. */
    public static IncidentDate day(LocalDate day) {
        return new IncidentDate(DatePrecision.DAY, day, day, null);
    }

    /** What is wrong with the first day for the precision, or null when it fits: a month starts on its first day. */
    static String problemWithStart(DatePrecision precision, LocalDate start) {
        return precision == DatePrecision.MONTH && start.getDayOfMonth() != 1
                ? "must be the first day of a month when the precision is month, was " + start : null;
    }

    /** What is wrong with the last day given the precision and the first day, or null when it fits. */
    static String problemWithEnd(DatePrecision precision, LocalDate start, LocalDate end) {
        return switch (precision) {
            case DAY -> start.equals(end) ? null
                    : "must equal date.start (" + start + ") when the precision is day, was " + end;
            case MONTH -> end.equals(start.withDayOfMonth(start.lengthOfMonth())) ? null
                    : "must be the last day of the month of date.start (" + start.withDayOfMonth(start.lengthOfMonth())
                    + ") when the precision is month, was " + end;
            case RANGE -> start.isBefore(end) ? null
                    : "must be after date.start (" + start + ") when the precision is range, was " + end;
        };
    }

    /**
     * Whether any day of this date lies within the window from {@code from} to {@code to}, both days included; a
     * null bound leaves that side of the window open.
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** The date as shown to users: {@code 7 Feb 2018}, {@code Oct 2019}, {@code 27–28 Jun 2021}, {@code 28 Jun – 3 Jul 2021}. */
    public String label() {
        return switch (precision) {
            case DAY -> dayOfMonth(start) + " " + monthYear(start);
            case MONTH -> monthYear(start);
            case RANGE -> rangeLabel();
        };
    }

    private String rangeLabel() {
        if (start.getYear() != end.getYear()) {
            return dayOfMonth(start) + " " + monthYear(start) + " – " + dayOfMonth(end) + " " + monthYear(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return dayOfMonth(start) + " " + month(start) + " – " + dayOfMonth(end) + " " + monthYear(end);
        }
        return dayOfMonth(start) + "–" + dayOfMonth(end) + " " + monthYear(end);
    }

    private static String dayOfMonth(LocalDate date) {
        return Integer.toString(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 3);
    }

    private static String monthYear(LocalDate date) {
        return month(date) + " " + date.getYear();
    }
}
