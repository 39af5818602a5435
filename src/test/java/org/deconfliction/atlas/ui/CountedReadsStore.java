package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;

/**
 * A store of the incidents a test puts in {@link #all}, counting how often it is read as a whole, for the views'
 * shared state that must read the store once per change and not once per session or question.
 */
final class CountedReadsStore implements IncidentRepository {

    final List<Incident> all = new ArrayList<>();
    int reads;

    @Override
    public List<Incident> findAll() {
        reads++;
        return List.copyOf(all);
    }

    @Override
    public Optional<Incident> findById(String id) {
        return all.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Override
    public List<Incident> find(IncidentFilter filter) {
        return all.stream().filter(filter::test).toList();
    }

    @Override
    public int count(IncidentFilter filter) {
        return find(filter).size();
    }
}
