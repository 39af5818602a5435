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
    private final PostgisChangeListener.Changes changes = new PostgisChangeListener.Changes() {
        @Override
        public void changed(StoreChangedEvent change) {
            change.changes().forEach(item -> heard.add(change.layer().table() + "/" + item.id() + "@" + item.version()
                    + " " + item.kind().code()));
        }

        @Override
        public void mayHaveMissed() {
            gaps.incrementAndGet();
        }
    };

    @BeforeEach
    void listenAsInstanceA() throws InterruptedException {
        url = PostgisCluster.shared().newDatabase();
        listener = new PostgisChangeListener(() -> DriverManager.getConnection(url, PostgisCluster.SUPERUSER, ""),
                "instance-a");
        assertThat(listener.start(Duration.ofSeconds(5))).isTrue();
        listener.deliverTo(changes);
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    @Test
    void hearsCommittedChangesOfOtherInstancesButNotItsOwn() throws SQLException {
        notify("instance-b incidents updated 3 battle-of-khasham-2018", "instance-a incidents created 1 al-omar-rocket-attack-2021",
                "instance-c sites deleted 7 conoco");

        await().atMost(Duration.ofSeconds(2)).until(() -> heard.size() >= 2);
        assertThat(heard).containsExactly("incidents/battle-of-khasham-2018@3 updated", "sites/conoco@7 deleted");
    }

    @Test
    void hearsNothingOfARolledBackChange() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("SELECT pg_notify('atlas_changes', 'instance-b incidents created 1 undone')");
            connection.rollback();
            connection.createStatement().execute("SELECT pg_notify('atlas_changes', 'instance-b incidents created 1 kept')");
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("incidents/kept@1 created");
    }

    @Test
    void reconnectsAfterLosingItsConnectionAndSaysChangesMayHaveBeenMissed() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid()""");
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> gaps.get() == 1);
        notify("instance-b incidents restored 4 after the gap");
        await().atMost(Duration.ofSeconds(2)).until(() -> heard.contains("incidents/after the gap@4 restored"));
    }

    @Test
    void ignoresANotificationOfUnknownForm() throws SQLException {
        notify("garbage", "instance-b rivers created 1 euphrates", "instance-b incidents moved 1 x",
                "instance-b incidents updated two x", "instance-b incidents updated 2 next");

        await().atMost(Duration.ofSeconds(2)).until(() -> !heard.isEmpty());
        assertThat(heard).containsExactly("incidents/next@2 updated");
        assertThat(gaps).hasValue(0);
    }

    @Test
    void aChangeTooLargeToListMeansEverythingMayHaveChanged() throws SQLException {
        notify("instance-b incidents many");

        await().atMost(Duration.ofSeconds(2)).until(() -> gaps.get() == 1);
        assertThat(heard).isEmpty();
    }

    @Test
    void keepsWhatItHearsBeforeItIsToldWhereToDeliverIt() throws Exception {
        try (PostgisChangeListener early = new PostgisChangeListener(
                () -> DriverManager.getConnection(url, PostgisCluster.SUPERUSER, ""), "instance-d")) {
            assertThat(early.start(Duration.ofSeconds(5))).isTrue();
            notify("instance-b sites updated 2 conoco");
            await().atMost(Duration.ofSeconds(2)).until(() -> heard.contains("sites/conoco@2 updated"));
            List<String> late = new CopyOnWriteArrayList<>();

            early.deliverTo(new PostgisChangeListener.Changes() {
                @Override
                public void changed(StoreChangedEvent change) {
                    change.ids().forEach(late::add);
                }

                @Override
                public void mayHaveMissed() {
                }
            });

            assertThat(late).containsExactly("conoco");
        }
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
