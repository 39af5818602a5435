package org.deconfliction.atlas.ui;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;

/**
 * The incidents a presenter steps through: those the view's filters other than the dates let through, in the
 * store's order (by first day, then id). Read once and kept while the filter and the store's incidents stay the same,
 * so a step, a jump or finding an incident's place is a binary search, not a pass over the store; an empty store or
 * filter gives an empty sequence.
 */
final class PresentedSequence {

    private final IncidentRepository incidents;
    private final Supplier<IncidentFilter> filter;
    private IncidentFilter keptFilter;
    private List<Incident> keptStore;
    private List<Incident> sequence = List.of();

    PresentedSequence(IncidentRepository incidents, Supplier<IncidentFilter> filter) {
        this.incidents = incidents;
        this.filter = filter;
    }

    /** The sequence as the store and the filter are now. */
    List<Incident> incidents() {
        IncidentFilter now = filter.get();
        List<Incident> store = incidents.findAll();
        if (store != keptStore || !now.equals(keptFilter)) {
            sequence = incidents.find(now);
            keptFilter = now;
            keptStore = store;
        }
        return sequence;
    }

    /** The incident's place in the sequence, from 0; -1 when it is not in it (filtered out, or since changed). */
    int indexOf(Incident incident) {
        List<Incident> all = incidents();
        int place = Collections.binarySearch(all, incident, Incident.CHRONOLOGICAL);
        return place >= 0 && all.get(place).equals(incident) ? place : -1;
    }

    /** The incident with this id if it is in the sequence. */
    Optional<Incident> find(String id) {
        return incidents.findById(id).filter(incident -> indexOf(incident) >= 0);
    }

    /**
     * The incident current on a date: of those beginning on the latest day on or before it, the first by id; empty
     * when none begins that early.
     */
    Optional<Incident> currentOn(LocalDate date) {
        List<Incident> all = incidents();
        int after = firstStartingAfter(all, date);
        if (after == 0) {
            return Optional.empty();
        }
        LocalDate day = all.get(after - 1).date().start();
        return Optional.of(all.get(firstStartingAfter(all, day.minusDays(1))));
    }

    /** The place of the first incident that begins after the date (the size when none does). */
    private static int firstStartingAfter(List<Incident> all, LocalDate date) {
        int low = 0;
        int high = all.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (all.get(middle).date().start().isAfter(date)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
