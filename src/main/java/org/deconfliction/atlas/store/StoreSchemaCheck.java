package org.deconfliction.atlas.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the store's schema with Flyway, after a check that stops start-up with a {@link StoreStartupException}:
 * the database must not hold migrations this version of the atlas does not know (a newer atlas has upgraded it;
 * running an older one against it could damage the data). A PostGIS database that cannot be reached is reported
 * by {@code PostgisConnectionFailureAnalyzer}.
 */
@Component
class StoreSchemaCheck implements FlywayMigrationStrategy {

    @Override
    public void migrate(Flyway flyway) {
        MigrationInfo[] unknown = Arrays.stream(flyway.info().applied())
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                        || migration.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (unknown.length > 0) {
            String known = Arrays.stream(flyway.info().all()).filter(m -> !isFuture(m.getState()) && m.getVersion() != null)
                    .map(m -> "V" + m.getVersion()).reduce((older, newer) -> newer).orElse("none");
            throw new StoreStartupException(StoreStartupException.Problem.SCHEMA_TOO_NEW,
                    "Database: " + describe(flyway) + "\nApplied there but unknown to this atlas: "
                            + Arrays.stream(unknown).map(m -> "V" + m.getVersion() + " " + m.getDescription())
                            .collect(Collectors.joining(", "))
                            + "\nNewest schema this atlas knows: " + known,
                    "Start the newer version of the atlas that upgraded this store, or point the atlas at another"
                            + " store (atlas.data.folder, or spring.datasource.url for PostGIS). Do not downgrade a"
                            + " store in place: keep a copy of it first.",
                    null);
        }
        flyway.migrate();
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }

    private static String describe(Flyway flyway) {
        DataSource source = flyway.getConfiguration().getDataSource();
        if (source instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            return pool.getJdbcUrl();
        }
        try (Connection connection = source.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException | RuntimeException e) {
            return "(the configured data source)";
        }
    }
}
