package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.timeline.DayCounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stored incidents' counts per day and category, shared by every view: read from the store in one pass at the
 * first use after a change, so that a timeline over any choice of categories is a sum over days, not a pass over
 * incidents. A change of the store while they are being read leaves them to be read again.
 */
@Component
class StoredDayCounts {

    private final IncidentRepository incidents;
    private long generation;
    private Map<IncidentCategory, DayCounts> byCategory;

    StoredDayCounts(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    /** The counts of the stored incidents of these categories; none chosen means every category. */
    DayCounts of(Set<IncidentCategory> categories) {
        Map<IncidentCategory, DayCounts> counts = current();
        List<DayCounts> chosen = new ArrayList<>();
        counts.forEach((category, part) -> {
            if (categories.isEmpty() || categories.contains(category)) {
                chosen.add(part);
            }
        });
        return DayCounts.sum(chosen);
    }

    @EventListener
    synchronized void storeChanged(StoreChangedEvent change) {
        generation++;
        byCategory = null;
    }

    private Map<IncidentCategory, DayCounts> current() {
        long started;
        synchronized (this) {
            if (byCategory != null) {
                return byCategory;
            }
            started = generation;
        }
        Map<IncidentCategory, List<IncidentDate>> dates = new EnumMap<>(IncidentCategory.class);
        for (Incident incident : incidents.findAll()) {
            dates.computeIfAbsent(incident.category(), category -> new ArrayList<>()).add(incident.date());
        }
        Map<IncidentCategory, DayCounts> built = new EnumMap<>(IncidentCategory.class);
        dates.forEach((category, list) -> built.put(category, DayCounts.of(list)));
        Map<IncidentCategory, DayCounts> counts = Map.copyOf(built);
        synchronized (this) {
            if (generation == started) {
                byCategory = counts;
            }
        }
        return counts;
    }
}
