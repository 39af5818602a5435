package org.deconfliction.atlas.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * {@code sortby} over incident rows, in the order {@link FeatureOutput#order} gives their complete features (numbers
 * by value, text by code point, nulls last in either direction, ties in the answers' order): each key's values are
 * read once per answer from the incident ({@link IncidentValues}); a nested property (an object or array, which
 * has no order) is refused naming {@code sortby}. A first page
 * is chosen with a heap of offset + limit answers, so the rest are never sorted.
 */
final class IncidentSortOrder {

    private final List<FeatureOutput.SortKey> keys;
    private final List<Function<IncidentRow, Object>> readers;

    /** @throws InvalidParameterException naming {@code sortby} for a nested property, which has no order */
    IncidentSortOrder(List<FeatureOutput.SortKey> keys) {
        this.keys = List.copyOf(keys);
        this.readers = keys.stream().map(key -> {
            Function<IncidentRow, Object> reader = IncidentValues.reader(key.name());
            if (reader == null) {
                throw new InvalidParameterException("sortby", "cannot order by '" + key.name() + "', which holds nested"
                        + " values; order by a flat property such as dateStart, killedMax or uncertaintyMetres");
            }
            return reader;
        }).toList();
    }

    /**
     * The places in {@code rows} of the page from {@code offset}, at most {@code limit} long, of the first
     * {@code count} rows once ordered.
     *
     * @param rows   the rows' places in the answers, in the answers' order
     * @param moveTo moves the reading row to the answer at a place and returns it
     */
    int[] page(int[] rows, int count, java.util.function.IntFunction<IncidentRow> moveTo, int offset, int limit) {
        Object[][] values = new Object[keys.size()][count];
        for (int k = 0; k < keys.size(); k++) {
            Function<IncidentRow, Object> read = readers.get(k);
            for (int i = 0; i < count; i++) {
                values[k][i] = read.apply(moveTo.apply(rows[i]));
            }
        }
        Comparator<Integer> order = (i, j) -> {
            for (int k = 0; k < keys.size(); k++) {
                int c = compare(values[k][i], values[k][j], keys.get(k).descending());
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(i, j);
        };
        int wanted = (int) Math.min(count, (long) offset + limit);
        Integer[] first;
        if ((long) wanted * 4 < count) {
            PriorityQueue<Integer> heap = new PriorityQueue<>(wanted + 1, order.reversed());
            for (int i = 0; i < count; i++) {
                if (heap.size() < wanted) {
                    heap.add(i);
                } else if (wanted > 0 && order.compare(i, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(i);
                }
            }
            first = heap.toArray(Integer[]::new);
        } else {
            first = new Integer[count];
            Arrays.setAll(first, i -> i);
        }
        Arrays.sort(first, order);
        int from = Math.min(offset, wanted);
        return Arrays.stream(first, from, wanted).mapToInt(i -> rows[i]).toArray();
    }

    /** Nulls last whichever the direction; numbers by value, text by code point. */
    private static int compare(Object a, Object b, boolean descending) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = a instanceof Double x && b instanceof Double y ? Double.compare(x, y) : a.toString().compareTo(b.toString());
        return descending ? -c : c;
    }
}
