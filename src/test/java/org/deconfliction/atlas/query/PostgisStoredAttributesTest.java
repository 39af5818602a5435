package org.deconfliction.atlas.query;

import org.deconfliction.atlas.store.PostgisCluster;
import org.deconfliction.atlas.store.ThrowawayPostgis;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stored derived attributes on PostgreSQL with PostGIS: a fresh database in the test suite's own throwaway cluster.
 * Skipped with how to install PostgreSQL and PostGIS where they are missing; failing instead when {@code CI=true}.
 */
@ExtendWith(ThrowawayPostgis.class)
class PostgisStoredAttributesTest extends StoredAttributesContract {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry properties) {
        PostgisCluster.storeOnOwnDatabase(properties);
    }
}
