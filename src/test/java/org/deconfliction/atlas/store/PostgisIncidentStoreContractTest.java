package org.deconfliction.atlas.store;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The incident store contract on PostgreSQL with PostGIS: a fresh database with the extension in the test suite's
 * own throwaway cluster, migrated and seeded by the application as on a real server. Skipped with how to install
 * PostgreSQL and PostGIS where they are missing; failing instead when {@code CI=true}.
 */
@ExtendWith(ThrowawayPostgis.class)
class PostgisIncidentStoreContractTest extends IncidentStoreContract {

    @DynamicPropertySource
    static void postgis(DynamicPropertyRegistry properties) {
        PostgisCluster.storeOnOwnDatabase(properties);
    }
}
