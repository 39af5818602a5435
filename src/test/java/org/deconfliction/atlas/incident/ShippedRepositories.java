package org.deconfliction.atlas.incident;

import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.springframework.context.annotation.Bean;

/**
 * For tests that need the shipped sites and incidents without the store: the geodata files read into the
 * read-only geodata repositories, as the store's seeding reads them. Imported with {@code @Import}; it is not a
 * {@code @Configuration}, so application tests that scan the packages do not pick it up beside the store.
 */
public class ShippedRepositories {

    @Bean
    GeodataSiteRepository shippedSites(GeodataFiles files) {
        return new GeodataSiteRepository(files);
    }

    @Bean
    GeodataIncidentRepository shippedIncidents(GeodataFiles files, GeodataSiteRepository sites) {
        return new GeodataIncidentRepository(files, sites);
    }
}
