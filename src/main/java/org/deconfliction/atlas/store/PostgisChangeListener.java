package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other application instances make to a shared PostGIS store: a thread with its own connection
 * that LISTENs on {@value #CHANNEL}, where the store's triggers NOTIFY {@code <origin> <table> <id>} on every
 * committed write. Changes this instance made itself (same origin) are dropped, since they were announced locally.
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
        /** A row of {@code table} with that id was created, changed or deleted by another instance. */
        void changed(String table, String id);

        /** The listener was disconnected for a while: anything may have changed. */
        void mayHaveMissed();
    }

    private final Connector connector;
    private final String origin;
    private final Changes changes;
    private final Thread thread;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Connection current;

    PostgisChangeListener(Connector connector, String origin, Changes changes) {
        this.connector = connector;
        this.origin = origin;
        this.changes = changes;
        this.thread = Thread.ofPlatform().daemon().name("postgis-change-listener").unstarted(this::run);
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
                    changes.mayHaveMissed();
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
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            } else if (System.nanoTime() - lastHeard > IDLE_CHECK.toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length != 3) {
            LOG.warn("Ignoring a change notification of unknown form: {}", payload);
            return;
        }
        if (parts[0].equals(origin)) {
            return;
        }
        try {
            changes.changed(parts[1], parts[2]);
        } catch (RuntimeException e) {
            LOG.error("Applying the change of {} {} from another instance failed", parts[1], parts[2], e);
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
