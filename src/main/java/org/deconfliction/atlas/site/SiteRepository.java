package org.deconfliction.atlas.site;

import java.util.List;
import java.util.Optional;

/** Where sites are kept. */
public interface SiteRepository {

    /** All sites, ordered by {@link Site#BY_NAME}. */
    List<Site> findAll();

    /** The site with the given id, if there is one. */
    Optional<Site> findById(String id);
}
