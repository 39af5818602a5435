package org.deconfliction.atlas.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PostGIS store put together by hand, without Spring Boot, as the application wires it (the counterpart of
 * {@link EmbeddedStoreWiring}): for processes that only write to the store, such as the benchmark. Its writes are
 * NOTIFYed as the application's are; nobody here listens.
 */
final class PostgisStoreWiring implements AutoCloseable {

    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final JdbcSiteRepository sites;
    final JdbcIncidentRepository incidents;
    final JdbcIncidentStore store;

    PostgisStoreWiring(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(PostgisCluster.SUPERUSER);
        pool.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(pool);
        new StoreSchemaCheck().migrate(Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/postgresql").load());
        jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        StoreDialect dialect = new PostgisDialect("benchmark");
        StoreSeed seed = new StoreSeed(jdbc, transactions, dialect,
                new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/"));
        sites = new JdbcSiteRepository(jdbc, dialect, seed);
        incidents = new JdbcIncidentRepository(jdbc, dialect, sites);
        store = new JdbcIncidentStore(jdbc, transactions, dialect, sites,
                new StoreChanges(incidents, sites, event -> { }, jdbc));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
