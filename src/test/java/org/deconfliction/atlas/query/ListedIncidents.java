package org.deconfliction.atlas.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;

/** Incidents kept in a list, for tests and benchmarks: filtered as {@link IncidentFilter#test} does (own words only). */
record ListedIncidents(List<Incident> all, Map<String, Incident> byId) implements IncidentRepository {

    ListedIncidents(List<Incident> incidents) {
        this(incidents.stream().sorted(Incident.CHRONOLOGICAL).toList(),
                incidents.stream().collect(Collectors.toMap(Incident::id, Function.identity())));
    }

    @Override
    public List<Incident> findAll() {
        return all;
    }

    @Override
    public Optional<Incident> findById(String id) {
        return Optional.ofNullable(byId.get(id));
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
