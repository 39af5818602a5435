package org.deconfliction.atlas.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;

/**
 * Changing incidents in the store, as {@link VersionedStore} describes (coordinates kept to 6 decimals, an incident
 * may name only an existing site). Reads go through {@code IncidentRepository}; this interface adds the current
 * version of an incident, its history, and writes, among them bulk creation for imports.
 */
public interface IncidentStore extends VersionedStore<Incident> {

    /**
     * The ids among the given that belong to deleted incidents: they stay taken (a create with one is refused), and
     * such an incident comes back through {@link #restore}.
     */
    Set<String> deletedAmong(Collection<String> ids);

    /**
     * The incidents deleted now (not restored since), each as the version that deleted it (who, when, the comment, the
     * values it had), most recently deleted first, at most {@code limit} of them so the answer stays small.
     */
    List<ItemVersion<Incident>> deleted(int limit);

    /**
     * Adds many new incidents at version 1 in one transaction with one {@link StoreChangedEvent}: all or none.
     *
     * @throws IdTakenException     if any id is taken or given twice
     * @throws InvalidItemException for the first incident that is not valid
     */
    List<Versioned<Incident>> createAll(List<Incident> incidents, Edit edit);

    /**
     * {@link #createAll} for incidents the caller had the strict reader ({@code IncidentGeoJson.read}) read from
     * exactly the Feature texts given with them (e.g. an import, while it read its file before its transaction):
     * each text is kept as the incident's first version without being read again; what may have changed since that
     * read is checked again: that a site an incident names still exists.
     *
     * @throws IdTakenException     if any id is taken or given twice
     * @throws InvalidItemException for the first incident naming a site that no longer exists
     */
    List<Versioned<Incident>> createAllRead(List<IncidentFeature> incidents, Edit edit);

    /**
     * Deletes many incidents in one transaction (the caller's, when there is one) with one {@link StoreChangedEvent}:
     * each not deleted yet is deleted at its current version, as a new version keeping its values; missing and
     * deleted ids are passed over. All or none.
     *
     * @return how many were deleted
     * @throws VersionConflictException if one changed meanwhile; none is deleted then
     */
    int deleteAll(List<String> ids, Edit edit);
}
