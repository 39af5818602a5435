package org.deconfliction.atlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A long write transaction on an embedded store's file, as a long import or undo holds it: a connection of its own
 * that has begun an {@code IMMEDIATE} transaction, so every other writer waits its busy timeout and then fails as
 * busy, until {@link #close} rolls it back. Readers go on reading.
 */
public final class HeldWriteLock implements AutoCloseable {

    private final Connection connection;

    private HeldWriteLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the write lock of the SQLite file {@code store}. */
    public static HeldWriteLock on(Path store) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new HeldWriteLock(connection);
    }

    /** Ends the transaction without changing anything and releases the lock. */
    @Override
    public void close() throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        }
    }
}
