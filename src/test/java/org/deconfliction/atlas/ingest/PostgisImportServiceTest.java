package org.deconfliction.atlas.ingest;

import org.deconfliction.atlas.store.PostgisCluster;
import org.deconfliction.atlas.store.ThrowawayPostgis;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import contract on PostgreSQL with PostGIS: a fresh database in the test suite's own throwaway cluster,
 * migrated (imports tables included) and seeded by the application. Skipped with how to install PostgreSQL and
 * PostGIS where they are missing; failing instead when {@code CI=true}.
 */
@ExtendWith(ThrowawayPostgis.class)
class PostgisImportServiceTest extends ImportServiceContract {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry properties) {
        PostgisCluster.storeOnOwnDatabase(properties);
    }
}
