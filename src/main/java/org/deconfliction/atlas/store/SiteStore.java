package org.deconfliction.atlas.store;

import org.deconfliction.atlas.site.Site;

/**
 * Changing sites in the store, as {@link VersionedStore} describes. A site that incidents name cannot be deleted
 * ({@link SiteInUseException}): the incidents would name a site no read knows.
 */
public interface SiteStore extends VersionedStore<Site> {
}
