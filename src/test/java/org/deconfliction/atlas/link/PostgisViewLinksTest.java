package org.deconfliction.atlas.link;

import org.deconfliction.atlas.store.PostgisCluster;
import org.deconfliction.atlas.store.ThrowawayPostgis;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The short-link contract on PostgreSQL with PostGIS: a fresh database in the test suite's own throwaway cluster,
 * migrated (the view_link table included) by the application. Skipped with how to install PostgreSQL and PostGIS
 * where they are missing; failing instead when {@code CI=true}.
 */
@ExtendWith(ThrowawayPostgis.class)
class PostgisViewLinksTest extends ViewLinksContract {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry properties) {
        PostgisCluster.storeOnOwnDatabase(properties);
    }
}
