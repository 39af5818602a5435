package org.deconfliction.atlas.store;

import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The SQLite driver's data source for the embedded store, with connections that stay consistent when a transaction
 * cannot begin. The driver marks a connection as in a transaction before its {@code BEGIN IMMEDIATE} runs; when that
 * fails as busy (another write held the file beyond the busy timeout) the connection went on believing it was in a
 * transaction that was never opened (xerial/sqlite-jdbc#683), so the pool handed out a connection on which the next
 * "transaction" committed each statement on its own and could not roll back. Here a failed {@code BEGIN} (or
 * {@code COMMIT}) leaves the connection's mode as it was, and the next transaction on it begins properly.
 */
final class SqliteStoreDataSource extends SQLiteDataSource {

    private static final String PREFIX = "jdbc:sqlite:";

    SqliteStoreDataSource(SQLiteConfig config) {
        super(config);
    }

    @Override
    public SQLiteConnection getConnection(String username, String password) throws SQLException {
        String url = getUrl();
        if (!url.startsWith(PREFIX)) {
            throw new SQLException("not a SQLite file address: " + url);
        }
        return new ConsistentConnection(url, url.substring(PREFIX.length()), getConfig());
    }

    /** A connection whose mode changes only when the statement that changes it succeeds. */
    private static final class ConsistentConnection extends JDBC4Connection {

        ConsistentConnection(String url, String file, SQLiteConfig config) throws SQLException {
            super(url, file, config.toProperties());
        }

        @Override
        public void setAutoCommit(boolean autoCommit) throws SQLException {
            boolean before = getAutoCommit();
            try {
                super.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                getConnectionConfig().setAutoCommit(before);
                throw e;
            }
        }
    }
}
