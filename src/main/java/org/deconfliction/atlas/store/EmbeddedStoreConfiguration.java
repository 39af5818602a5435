package org.deconfliction.atlas.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store ({@code atlas.store=embedded}, the default): the GeoPackage file {@code atlas.gpkg} in
 * {@code atlas.data.folder}, opened through a small connection pool. The file runs in write-ahead-log mode with
 * full sync, so a crash loses no committed change and never leaves a half-written one; write transactions start
 * {@code IMMEDIATE}, so two writers queue (up to {@code atlas.store.busy-timeout}, default {@link #BUSY_TIMEOUT})
 * instead of failing on a lock upgrade; a writer that waited longer fails with {@code SQLITE_BUSY}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "atlas.store", havingValue = "embedded", matchIfMissing = true)
class EmbeddedStoreConfiguration {

    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);
    private static final int CONNECTIONS = 4;
    /**
     * Each connection's page cache in KiB (SQLite's default is 2 MiB): an import's write transaction of 100,000
     * incidents touches far more index pages than that, and spilling them to the log mid-transaction costs time.
     */
    static final int PAGE_CACHE_KIB = 32 * 1024;

    @Bean
    DataFolder dataFolder(@Value("${atlas.data.folder}") String folder) {
        return DataFolder.open(Path.of(folder));
    }

    @Bean
    DataSource dataSource(DataFolder folder, @Value("${atlas.store.busy-timeout:30s}") Duration busyTimeout) {
        return embeddedDataSource(folder.storeFile(), busyTimeout);
    }

    @Bean
    StoreDialect storeDialect() {
        return new GeoPackageDialect();
    }

    /** A pooled data source over the GeoPackage file, with the settings above; also for tools outside Spring. */
    static HikariDataSource embeddedDataSource(Path file) {
        return embeddedDataSource(file, BUSY_TIMEOUT);
    }

    /** As above, a writer waiting at most {@code busyTimeout} (whole milliseconds) for another one to end. */
    static HikariDataSource embeddedDataSource(Path file, Duration busyTimeout) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
        sqlite.enforceForeignKeys(true);
        sqlite.setCacheSize(-PAGE_CACHE_KIB);
        SQLiteDataSource target = new SqliteStoreDataSource(sqlite);
        target.setUrl("jdbc:sqlite:" + file);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(target);
        pool.setPoolName("atlas-store");
        pool.setMaximumPoolSize(CONNECTIONS);
        pool.setMinimumIdle(1);
        return new HikariDataSource(pool);
    }
}
