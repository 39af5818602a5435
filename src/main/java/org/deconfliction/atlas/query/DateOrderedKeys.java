package org.deconfliction.atlas.query;

import java.util.Arrays;
import org.deconfliction.atlas.analysis.AnalysisBudget;

/**
 * Answers' keys put in the grid's order by date ({@link AnswerOrder#DATE}: first day, then last day, ties in the
 * repository's order) without comparing incidents: keys in the order of chronological columns are already in order
 * of first day and, within a day, of id, so only each day's run is sorted, by last day, as primitive numbers (and
 * not at all where its last days are already in order). Descending puts the days last to first, each day's run by
 * last day descending and ties still in the repository's order.
 */
final class DateOrderedKeys {

    /** Most column positions whose keys (position × 4 + answer) fit below the last day in one long. */
    static final int MAX_POSITIONS = 1 << 24;

    private DateOrderedKeys() {
    }

    /** Whether the keys over these columns can be ordered here: chronological columns of at most {@link #MAX_POSITIONS}. */
    static boolean applies(IncidentColumns columns) {
        return columns.chronological() && columns.size() <= MAX_POSITIONS;
    }

    /**
     * A new array of the keys in date order; the keys given are left as they are.
     *
     * @throws IllegalArgumentException if the keys' columns are not ones {@link #applies} to
     */
    static long[] sorted(ColumnAnswers.Keys keys, boolean descending) {
        IncidentColumns at = keys.columns();
        if (!applies(at)) {
            throw new IllegalArgumentException("the columns are not in chronological order or hold more than "
                    + MAX_POSITIONS + " incidents: " + at.size());
        }
        long[] in = keys.keys();
        int n = keys.count();
        long[] out = new long[n];
        long[] run = new long[16];
        int start = 0;
        while (start < n) {
            if ((start & 0xFFF) == 0) {
                AnalysisBudget.checkNotStopped();
            }
            int day = at.firstDay((int) (in[start] >>> 2));
            int end = start + 1;
            boolean inOrder = true;
            int lastSpan = at.lastDay((int) (in[start] >>> 2)) - day;
            while (end < n && at.firstDay((int) (in[end] >>> 2)) == day) {
                int span = at.lastDay((int) (in[end] >>> 2)) - day;
                inOrder &= descending ? span <= lastSpan : span >= lastSpan;
                lastSpan = span;
                end++;
            }
            int length = end - start;
            int to = descending ? n - end : start;
            if (inOrder) {
                System.arraycopy(in, start, out, to, length);
            } else {
                if (run.length < length) {
                    run = new long[Math.max(length, run.length * 2)];
                }
                for (int i = 0; i < length; i++) {
                    long key = in[start + i];
                    long span = at.lastDay((int) (key >>> 2)) - day;
                    run[i] = ((descending ? -span : span) << 26) | key;
                }
                Arrays.sort(run, 0, length);
                for (int i = 0; i < length; i++) {
                    out[to + i] = run[i] & ((1L << 26) - 1);
                }
            }
            start = end;
        }
        return out;
    }
}
