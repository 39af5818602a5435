package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other application instances make to a shared PostGIS store: a thread with its own connection
 * that LISTENs on {@value #CHANNEL}, where {@link PostgisDialect} NOTIFYs every committed write (see
 * {@link ChangeNotice} for the payload). Changes this instance made itself (same origin) are dropped, since they
 * were announced locally. The notices of one delivery are passed on as one {@link StoreChangedEvent} per layer.
 * When the connection breaks it reconnects with a growing pause (0.5 s up to 5 s), and after a reconnection reports
 * that changes may have been missed meanwhile. An idle connection is checked every few seconds.
 */
final class PostgisChangeListener implements AutoCloseable {

    static final String CHANNEL = "atlas_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgisChangeListener.class);
    private static final int POLL_MILLIS = 250;
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    /** Opens a new connection to the store's database. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /** Where heard changes go. */
    interface Changes {
        /** Items were created, changed or deleted by another instance (committed). */
        void changed(StoreChangedEvent change);

        /** Changes may have been missed (disconnected a while, or too many to list): anything may have changed. */
        void mayHaveMissed();
    }

    private final Connector connector;
    private final String origin;
    private Changes changes;
    private final List<StoreChangedEvent> pending = new ArrayList<>();
    private boolean pendingMissed;
    private final Thread thread;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection current;

    /** A listener that keeps what it hears until {@link #deliverTo} names where it goes. */
    PostgisChangeListener(Connector connector, String origin) {
        this.connector = connector;
        this.origin = origin;
        this.thread = Thread.ofPlatform().daemon().name("postgis-change-listener").unstarted(this::run);
    }

    /** The name this instance signs its change notices with. */
    String origin() {
        return origin;
    }

    /**
     * From now on passes heard changes to {@code target}, first those heard since the listener started: so a
     * listener started before the store's first read misses nothing written meanwhile.
     */
    synchronized void deliverTo(Changes target) {
        this.changes = target;
        if (pendingMissed) {
            target.mayHaveMissed();
        } else {
            pending.forEach(target::changed);
        }
        pending.clear();
        pendingMissed = false;
    }

    /** Starts listening and waits up to {@code timeout} for the first LISTEN; whether it is listening. */
    boolean start(Duration timeout) throws InterruptedException {
        thread.start();
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        long pause = 500;
        boolean first = true;
        while (running) {
            try (Connection connection = connector.connect()) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    LOG.info("Listening for changes from other instances again");
                    missed();
                }
                first = false;
                pause = 500;
                listening.countDown();
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Not hearing changes from other instances ({}); retrying in {} ms", e.getMessage(), pause);
                    sleep(pause);
                    pause = Math.min(5_000, pause * 2);
                }
            } finally {
                current = null;
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = System.nanoTime();
                deliver(notifications);
            } else if (System.nanoTime() - lastHeard > IDLE_CHECK.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void deliver(PGNotification[] notifications) {
        Map<StoredLayer, List<ChangedItem>> byLayer = new EnumMap<>(StoredLayer.class);
        boolean missed = false;
        for (PGNotification notification : notifications) {
            Optional<ChangeNotice> notice = ChangeNotice.parse(notification.getParameter());
            if (notice.isEmpty()) {
                LOG.warn("Ignoring a change notification of unknown form: {}", notification.getParameter());
            } else if (!notice.get().origin().equals(origin)) {
                if (notice.get().item() == null) {
                    missed = true;
                } else {
                    byLayer.computeIfAbsent(notice.get().layer(), layer -> new ArrayList<>()).add(notice.get().item());
                }
            }
        }
        if (missed) {
            missed();
        } else {
            byLayer.forEach((layer, items) -> changed(new StoreChangedEvent(layer, items)));
        }
    }

    private synchronized void changed(StoreChangedEvent change) {
        if (changes == null) {
            pending.add(change);
            return;
        }
        try {
            changes.changed(change);
        } catch (RuntimeException e) {
            LOG.error("Applying changes made by another instance failed", e);
        }
    }

    private synchronized void missed() {
        if (changes == null) {
            pendingMissed = true;
            return;
        }
        try {
            changes.mayHaveMissed();
        } catch (RuntimeException e) {
            LOG.error("Re-reading the store after missed changes failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the thread and closes its connection. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection connection = current;
        try {
            thread.join(2_000);
            if (thread.isAlive() && connection != null) {
                connection.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
