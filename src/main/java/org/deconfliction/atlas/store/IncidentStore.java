package org.deconfliction.atlas.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;

/**
 * Changing incidents in the store. Reads go through {@code IncidentRepository}; this interface adds the current
 * version of an incident, its history, and writes. Every write is one transaction: it is checked as strictly as
 * the shipped geodata (coordinates kept to 6 decimals), stored with a new version recording who, when, why and the
 * full values, and once committed the repositories answer with it and a {@link StoreChangedEvent} is published.
 * Nothing is destroyed: a delete only hides the incident from every read, and its history stays readable.
 * A write based on a stale version is refused with a {@link VersionConflictException}; nothing is written then.
 */
public interface IncidentStore {

    /** The incident with its current version; empty when there is none or it is deleted. */
    Optional<Versioned<Incident>> current(String id);

    /**
     * The ids among the given that belong to deleted incidents: they stay taken (a create with one is refused), and
     * such an incident comes back through {@link #restore}.
     */
    Set<String> deletedAmong(Collection<String> ids);

    /** Every version of the incident, oldest first, deleted ones included; empty when the store never had it. */
    List<ItemVersion<Incident>> history(String id);

    /** One version of the incident's history. */
    Optional<ItemVersion<Incident>> version(String id, long version);

    /**
     * Adds a new incident at version 1.
     *
     * @throws IdTakenException      if the id is taken (also by a deleted incident)
     * @throws InvalidItemException  if the incident breaks the rules of the geodata files, e.g. names an unknown site
     */
    Versioned<Incident> create(Incident incident, Edit edit);

    /**
     * Adds many new incidents at version 1 in one transaction with one {@link StoreChangedEvent}: all or none.
     *
     * @throws IdTakenException     if any id is taken or given twice
     * @throws InvalidItemException for the first incident that is not valid
     */
    List<Versioned<Incident>> createAll(List<Incident> incidents, Edit edit);

    /**
     * Replaces the values of the incident with the same id, if it is still at {@code expectedVersion}.
     *
     * @return the incident as stored, at {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version (changed or deleted meanwhile)
     * @throws ItemNotFoundException    if there is no such incident or it is deleted
     * @throws InvalidItemException     if the new values are not valid
     */
    Versioned<Incident> update(Incident incident, long expectedVersion, Edit edit);

    /**
     * Deletes the incident, if it is still at {@code expectedVersion}: it leaves every read, its history stays.
     *
     * @return the version of the delete, {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version
     * @throws ItemNotFoundException    if there is no such incident or it is deleted already
     */
    long delete(String id, long expectedVersion, Edit edit);

    /**
     * Brings back the values of an earlier version as a new version, if the incident is still at
     * {@code expectedVersion}; a deleted incident is undeleted so. To undo a delete, restore the version before it.
     *
     * @return the incident as restored, at {@code expectedVersion + 1}
     * @throws VersionConflictException if it is at another version
     * @throws ItemNotFoundException    if the incident or that version of it does not exist
     * @throws InvalidItemException     if the old values no longer pass the rules, e.g. their site is gone
     */
    Versioned<Incident> restore(String id, long version, long expectedVersion, Edit edit);
}
