package org.deconfliction.atlas.query;

import java.util.Arrays;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.timeline.DayCounts;
import org.locationtech.jts.geom.Envelope;

/**
 * The repository's incidents as compact columns in its order (position 0 the first of {@code findAll()}): first and
 * last day, category, opponent and point, and a table from id to position. What a filter without free text tests is
 * read from these arrays, so counting a million incidents is a loop over them; no incident object is touched until
 * a page is built. Immutable; about 30 bytes per incident; made for one list of the repository (a store replaces
 * its list after every commit, and the columns are made anew from the new one).
 */
final class IncidentColumns {

    private final List<Incident> incidents;
    private final int[] firstDay;
    private final int[] lastDay;
    private final byte[] category;
    private final byte[] opponent;
    private final double[] lon;
    private final double[] lat;
    /** The earliest first day and the latest last day of the columns (epoch days); 0 and -1 for none. */
    private final int periodStart;
    private final int periodEnd;
    /** Open addressing: a slot holds a position + 1, 0 for empty; the table is at least twice the size. */
    private final int[] slots;
    private final boolean chronological;

    IncidentColumns(List<Incident> incidents) {
        this.incidents = incidents;
        int n = incidents.size();
        firstDay = new int[n];
        lastDay = new int[n];
        category = new byte[n];
        opponent = new byte[n];
        lon = new double[n];
        lat = new double[n];
        slots = new int[Integer.highestOneBit(Math.max(4, n) * 2) << 1];
        int earliest = Integer.MAX_VALUE;
        int latest = Integer.MIN_VALUE;
        boolean ordered = true;
        for (int k = 0; k < n; k++) {
            Incident incident = incidents.get(k);
            firstDay[k] = (int) incident.date().start().toEpochDay();
            lastDay[k] = (int) incident.date().end().toEpochDay();
            category[k] = (byte) incident.category().ordinal();
            opponent[k] = (byte) incident.opponent().ordinal();
            lon[k] = incident.location().getX();
            lat[k] = incident.location().getY();
            int slot = slot(incident.id());
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k + 1;
            earliest = Math.min(earliest, firstDay[k]);
            latest = Math.max(latest, lastDay[k]);
            ordered = ordered && (k == 0 || firstDay[k - 1] < firstDay[k]
                    || (firstDay[k - 1] == firstDay[k] && incidents.get(k - 1).id().compareTo(incident.id()) <= 0));
        }
        periodStart = n == 0 ? 0 : earliest;
        periodEnd = n == 0 ? -1 : latest;
        chronological = ordered;
    }

    /** The list these columns were made from. */
    List<Incident> incidents() {
        return incidents;
    }

    int size() {
        return firstDay.length;
    }

    Incident incident(int position) {
        return incidents.get(position);
    }

    /** The ordinal of the category of the incident at this position. */
    int category(int position) {
        return category[position];
    }

    /** The ordinal of the opponent of the incident at this position. */
    int opponent(int position) {
        return opponent[position];
    }

    /** The longitude of the incident at this position, in degrees. */
    double longitude(int position) {
        return lon[position];
    }

    /** The latitude of the incident at this position, in degrees. */
    double latitude(int position) {
        return lat[position];
    }

    /** The first day of the incident at this position, in days since 1970-01-01. */
    int firstDay(int position) {
        return firstDay[position];
    }

    /** The last day of the incident at this position, in days since 1970-01-01. */
    int lastDay(int position) {
        return lastDay[position];
    }

    /**
     * Whether the positions are in {@link Incident#CHRONOLOGICAL} order (first day, then id), as the repository
     * promises: then an order by date needs only each day's incidents sorted by their last day.
     */
    boolean chronological() {
        return chronological;
    }

    /** The position of the incident with this id; -1 when there is none. */
    int positionOf(String id) {
        int slot = slot(id);
        while (slots[slot] != 0) {
            int k = slots[slot] - 1;
            if (incidents.get(k).id().equals(id)) {
                return k;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    private int slot(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }

    /**
     * The counts per day of the incidents at the positions these keys name (position × 4 + answer; the first
     * {@code count} of them): one pass over the keys reading two day columns, and one over the days of the columns'
     * period. No keys give counts of none.
     */
    DayCounts dayCounts(long[] keys, int count) {
        int days = periodEnd - periodStart + 1;
        int[] starting = new int[days];
        int[] ending = new int[days];
        int[] uncertainStarting = new int[days];
        int[] uncertainEnding = new int[days];
        for (int i = 0; i < count; i++) {
            int k = (int) (keys[i] >>> 2);
            int start = firstDay[k] - periodStart;
            int end = lastDay[k] - periodStart;
            starting[start]++;
            ending[end]++;
            if (start != end) {
                uncertainStarting[start]++;
                uncertainEnding[end]++;
            }
        }
        return DayCounts.ofDailyTallies(periodStart, starting, ending, uncertainStarting, uncertainEnding);
    }

    /** Whether columns can decide this filter: every part but free text. */
    static boolean decides(IncidentFilter filter) {
        return filter.text() == null;
    }

    /** The filter as a test of positions. @throws IllegalArgumentException for a filter with free text */
    Test test(IncidentFilter filter) {
        if (!decides(filter)) {
            throw new IllegalArgumentException("free text is not held in columns: '" + filter.text() + "'");
        }
        return new Test(filter);
    }

    /** One filter compiled against the columns. */
    final class Test {
        private final int from;
        private final int to;
        private final boolean[] categories;
        private final boolean[] opponents;
        private final Envelope box;

        private Test(IncidentFilter filter) {
            from = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
            to = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
            categories = new boolean[128];
            opponents = new boolean[128];
            filter.categories().forEach(c -> categories[c.ordinal()] = true);
            filter.opponents().forEach(o -> opponents[o.ordinal()] = true);
            if (filter.categories().isEmpty()) {
                Arrays.fill(categories, true);
            }
            if (filter.opponents().isEmpty()) {
                Arrays.fill(opponents, true);
            }
            box = filter.bbox();
        }

        /** Whether the incident at this position passes, as {@link IncidentFilter#test} would say. */
        boolean passes(int k) {
            return lastDay[k] >= from && firstDay[k] <= to && categories[category[k]] && opponents[opponent[k]]
                    && (box == null || (lon[k] >= box.getMinX() && lon[k] <= box.getMaxX()
                            && lat[k] >= box.getMinY() && lat[k] <= box.getMaxY()));
        }
    }
}
