package org.deconfliction.atlas.store;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded store put together by hand, without Spring Boot, as the application wires it: for processes that
 * only write to the store (the crash test's writer, the benchmark). Changes are announced to nobody.
 */
final class EmbeddedStoreWiring implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final TransactionTemplate transactions;
    final StoreDialect dialect = new GeoPackageDialect();
    final JdbcSiteRepository sites;
    final JdbcIncidentRepository incidents;
    final JdbcIncidentStore store;

    EmbeddedStoreWiring(Path folder) {
        DataFolder data = DataFolder.open(folder);
        dataSource = EmbeddedStoreConfiguration.embeddedDataSource(data.storeFile());
        new StoreSchemaCheck().migrate(Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/sqlite").load());
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        StoreSeed seed = new StoreSeed(jdbc, transactions, dialect,
                new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/"));
        sites = new JdbcSiteRepository(jdbc, dialect, seed);
        incidents = new JdbcIncidentRepository(jdbc, dialect, sites);
        store = new JdbcIncidentStore(jdbc, transactions, dialect, sites, new StoreChanges(incidents, sites, event -> { }, jdbc));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
