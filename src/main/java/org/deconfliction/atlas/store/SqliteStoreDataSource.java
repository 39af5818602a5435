package org.deconfliction.atlas.store;

import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The SQLite driver's data source for the embedded store, with connections that stay consistent when the store is
 * held by another write. The driver keeps a connection in manual-commit mode inside a transaction at all times: it
 * marks the mode before its {@code BEGIN IMMEDIATE} runs, and after each commit or rollback it begins the next
 * transaction at once. When such a {@code BEGIN} found the file held beyond the busy timeout, the driver reported a
 * commit that had happened as failed, and left a connection believing it was in a transaction that never began
 * (xerial/sqlite-jdbc#683), on which the next "transaction" committed each statement alone and could not roll back.
 * Here a failed {@code BEGIN} leaves the connection in auto-commit mode without a transaction (the next transaction
 * begins one properly), and a commit or rollback returns once done, without waiting for the next {@code BEGIN}.
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

    /** A connection whose mode says whether a transaction is open, whatever another writer holds. */
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
                getConnectionConfig().setAutoCommit(before); // BEGIN failed: none open; COMMIT failed: still open
                throw e;
            }
        }

        @Override
        public void commit() throws SQLException {
            if (getAutoCommit()) {
                super.commit(); // refused: nothing to commit in auto-commit mode
                return;
            }
            getDatabase().exec("commit;", false);
            beginNext();
        }

        @Override
        public void rollback() throws SQLException {
            if (getAutoCommit()) {
                super.rollback();
                return;
            }
            try {
                getDatabase().exec("rollback;", false);
            } finally {
                beginNext();
            }
        }

        /**
         * Begins the transaction that manual-commit mode keeps open, without waiting: if another write holds the
         * file now, the connection goes to auto-commit mode with no transaction instead.
         */
        private void beginNext() throws SQLException {
            int timeout = getBusyTimeout();
            setBusyTimeout(0);
            try {
                getDatabase().exec(transactionPrefix(), false);
            } catch (SQLException held) {
                getConnectionConfig().setAutoCommit(true);
            } finally {
                setBusyTimeout(timeout);
            }
        }
    }
}
