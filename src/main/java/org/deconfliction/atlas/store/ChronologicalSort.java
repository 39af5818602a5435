package org.deconfliction.atlas.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;

/**
 * Puts incidents in {@link Incident#CHRONOLOGICAL} order by counting the incidents of each first day and placing them
 * by day, then sorting each day's few by id: linear in the incidents plus many small sorts, where a comparison sort
 * of a million incidents compares dates some twenty million times. Dates spread over far more days than there are
 * incidents fall back to that comparison sort. An empty collection gives an empty list.
 */
final class ChronologicalSort {

    private static final Comparator<Incident> BY_ID = Comparator.comparing(Incident::id);

    private ChronologicalSort() {
    }

    /** The incidents in chronological order, as an unmodifiable list. */
    static List<Incident> sorted(Collection<Incident> incidents) {
        Incident[] all = incidents.toArray(Incident[]::new);
        int n = all.length;
        long[] days = new long[n];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            days[i] = all[i].date().start().toEpochDay();
            first = Math.min(first, days[i]);
            last = Math.max(last, days[i]);
        }
        if (n < 2 || last - first >= 4L * n + 1_024) {
            Arrays.parallelSort(all, Incident.CHRONOLOGICAL);
            return List.of(all);
        }
        int[] dayStarts = new int[(int) (last - first) + 2];
        for (long day : days) {
            dayStarts[(int) (day - first) + 1]++;
        }
        for (int d = 1; d < dayStarts.length; d++) {
            dayStarts[d] += dayStarts[d - 1];
        }
        int[] next = Arrays.copyOf(dayStarts, dayStarts.length - 1);
        Incident[] sorted = new Incident[n];
        for (int i = 0; i < n; i++) {
            sorted[next[(int) (days[i] - first)]++] = all[i];
        }
        for (int d = 0; d + 1 < dayStarts.length; d++) {
            if (dayStarts[d + 1] - dayStarts[d] > 1) {
                Arrays.sort(sorted, dayStarts[d], dayStarts[d + 1], BY_ID);
            }
        }
        return List.of(sorted);
    }
}
