package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write on the embedded store while another write transaction holds the file beyond the busy timeout (200 ms
 * here) fails as busy, saying so, and leaves every connection of the pool as it was: afterwards a transaction that
 * fails midway still stores none of its statements, and one that succeeds stores all of them. A commit that another
 * writer follows at once with a long transaction is reported as the commit it is.
 */
class EmbeddedStoreBusyTest {

    @Test
    void aWriteRefusedAsBusyLeavesThePoolsConnectionsTransactional() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "test-data", "busy-" + UUID.randomUUID()).toAbsolutePath());
        Path file = folder.resolve("atlas.gpkg");
        try (HikariDataSource store = EmbeddedStoreConfiguration.embeddedDataSource(file, Duration.ofMillis(200))) {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(store));
            jdbc.execute("CREATE TABLE notes (text TEXT NOT NULL)");

            try (HeldWriteLock undo = HeldWriteLock.on(file)) {
                for (int i = 0; i < 8; i++) {
                    assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                            jdbc.update("INSERT INTO notes VALUES ('while held')")))
                            .satisfies(refused -> assertThat(StoreContention.busy(refused)).as("busy").isTrue());
                }
            }

            for (int i = 0; i < 8; i++) {
                assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.update("INSERT INTO notes VALUES ('half')");
                    throw new IllegalStateException("fails midway");
                })).isInstanceOf(IllegalStateException.class);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes", Integer.class)).as("nothing half-written").isZero();

            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO notes VALUES ('one')");
                jdbc.update("INSERT INTO notes VALUES ('two')");
            });
            assertThat(jdbc.queryForList("SELECT text FROM notes ORDER BY text", String.class)).containsExactly("one", "two");
        }
    }

    @Test
    void aCommitThatAnotherLongWriteFollowsAtOnceIsReportedAsCommitted() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "test-data", "busy-" + UUID.randomUUID()).toAbsolutePath());
        Path file = folder.resolve("atlas.gpkg");
        try (HikariDataSource store = EmbeddedStoreConfiguration.embeddedDataSource(file, Duration.ofMillis(200))) {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(store));
            jdbc.execute("CREATE TABLE notes (text TEXT NOT NULL)");
            CompletableFuture<HeldWriteLock> undo = new CompletableFuture<>();

            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO notes VALUES ('edit')");
                Thread.ofPlatform().start(() -> { // waits for this transaction's lock, then holds it
                    try {
                        undo.complete(HeldWriteLock.on(file));
                    } catch (Exception e) {
                        undo.completeExceptionally(e);
                    }
                });
                sleep(300);
            });

            try (HeldWriteLock held = undo.get(10, TimeUnit.SECONDS)) {
                sleep(500); // longer than the busy timeout
                assertThat(jdbc.queryForList("SELECT text FROM notes", String.class)).containsExactly("edit");
            }
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO notes VALUES ('half')");
                throw new IllegalStateException("fails midway");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(jdbc.queryForList("SELECT text FROM notes", String.class)).containsExactly("edit");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
