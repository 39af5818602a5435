package org.deconfliction.atlas.incident;

import java.util.List;
import java.util.Optional;

/**
 * Where incidents are kept: the one interface that every store (the shipped geodata file today, an embedded
 * database or PostGIS later) implements. Lists are ordered by {@link Incident#CHRONOLOGICAL}.
 */
public interface IncidentRepository {

    /** All incidents, ordered by the first day of their date, then by id. */
    List<Incident> findAll();

    /** The incident with the given id, if there is one. */
    Optional<Incident> findById(String id);

    /** The incidents that pass the filter, in the order of {@link #findAll()}. */
    List<Incident> find(IncidentFilter filter);

    /** How many incidents pass the filter. */
    int count(IncidentFilter filter);
}
