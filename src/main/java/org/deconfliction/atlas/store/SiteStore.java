package org.deconfliction.atlas.store;

import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.site.Site;

/**
 * Changing sites in the store, as {@link IncidentStore} changes incidents: versioned, one transaction per write,
 * refused when stale, with history. Sites are not deleted (incidents refer to them).
 */
public interface SiteStore {

    /** The site with its current version; empty when there is none. */
    Optional<Versioned<Site>> current(String id);

    /** Every version of the site, oldest first; empty when the store never had it. */
    List<ItemVersion<Site>> history(String id);

    /**
     * Adds a new site at version 1.
     *
     * @throws IdTakenException     if the id is taken
     * @throws InvalidItemException if the site breaks the rules of the geodata files
     */
    Versioned<Site> create(Site site, Edit edit);

    /**
     * Replaces the values of the site with the same id, if it is still at {@code expectedVersion}.
     *
     * @throws VersionConflictException if it is at another version
     * @throws ItemNotFoundException    if there is no such site
     * @throws InvalidItemException     if the new values are not valid
     */
    Versioned<Site> update(Site site, long expectedVersion, Edit edit);
}
