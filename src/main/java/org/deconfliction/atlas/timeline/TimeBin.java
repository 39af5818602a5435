package org.deconfliction.atlas.timeline;

import java.time.LocalDate;

/**
 * One bar of a histogram: the days {@code start} to {@code end} (both included), how many incidents' date
 * intervals overlap them ({@code count}) and how many of those are dated only to a month or a span of days
 * ({@code uncertain}, at most {@code count}).
 */
public record TimeBin(LocalDate start, LocalDate end, int count, int uncertain) {

    public TimeBin {
        if (count < 0 || uncertain < 0 || uncertain > count) {
            throw new IllegalArgumentException("a bin needs 0 <= uncertain <= count, was " + uncertain + " of " + count);
        }
    }
}
