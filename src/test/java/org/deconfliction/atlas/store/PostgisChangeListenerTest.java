package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ThrowawayPostgis.class)
class PostgisChangeListenerTest {

    private String url;
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger gaps = new AtomicInteger();
    private PostgisChangeListener listener;

    @BeforeEach
    void listenAsInstanceA() throws InterruptedException {
        url = PostgisCluster.shared().newDatabase();
        listener = new PostgisChangeListener(() -> DriverManager.getConnection(url, PostgisCluster.SUPERUSER, ""),
                "instance-a", new PostgisChangeListener.Changes() {
                    @Override
                    public void changed(String table, String id) {
                        heard.add(table + "/" + id);
                    }

                    @Override
                    public void mayHaveMissed() {
                        gaps.incrementAndGet();
                    }
                });
        assertThat(listener.start(Duration.ofSeconds(5))).isTrue();
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    @Test
    void hearsCommittedChangesOfOtherInstancesButNotItsOwn() throws SQLException {
        notify("instance-b incidents battle-of-khasham-2018", "instance-a incidents al-omar-rocket-attack-2021",
                "instance-c sites conoco");

        await().atMost(Duration.ofSeconds(2)).until(() -> heard.size() >= 2);
        assertThat(heard).containsExactly("incidents/battle-of-khasham-2018", "sites/conoco");
    }

    @Test
    void hearsNothingOfARolledBackChange() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("SELECT pg_notify('atlas_changes', 'instance-b incidents undone')");
            connection.rollback();
            connection.createStatement().execute("SELECT pg_notify('atlas_changes', 'instance-b incidents kept')");
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("incidents/kept");
    }

    @Test
    void reconnectsAfterLosingItsConnectionAndSaysChangesMayHaveBeenMissed() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid()""");
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> gaps.get() == 1);
        notify("instance-b incidents after-the-gap");
        await().atMost(Duration.ofSeconds(2)).until(() -> heard.contains("incidents/after-the-gap"));
    }

    @Test
    void ignoresANotificationOfUnknownForm() throws SQLException {
        notify("garbage", "instance-b incidents next");

        await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("incidents/next");
    }

    private void notify(String... payloads) throws SQLException {
        try (Connection connection = connect()) {
            for (String payload : payloads) {
                var statement = connection.prepareStatement("SELECT pg_notify('atlas_changes', ?)");
                statement.setString(1, payload);
                statement.execute();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgisCluster.SUPERUSER, "");
    }
}
