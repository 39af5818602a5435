package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * The external ids met so far in one file, each with the line it was first met on, kept in a scratch SQLite
 * database in the temporary folder (not the store) so that memory does not grow with the file: SQLite holds at most
 * {@value #CACHE_KIB} KiB of its pages in memory and the rest on disk. The scratch file has no journal and no sync:
 * it lives only while its file is read, and {@link #close()} deletes it. Not for use by two threads at once.
 */
final class SeenExternalIds implements AutoCloseable {

    /** SQLite's page cache for the scratch database, in KiB. */
    static final int CACHE_KIB = 4096;

    private final Path file;
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement firstLine;

    private SeenExternalIds(Path file) throws SQLException {
        this.file = file;
        SQLiteConfig config = new SQLiteConfig();
        config.setGetGeneratedKeys(false);
        this.connection = config.createConnection("jdbc:sqlite:" + file);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = OFF");
            s.execute("PRAGMA synchronous = OFF");
            s.execute("PRAGMA cache_size = -" + CACHE_KIB);
            s.execute("CREATE TABLE seen (external_id TEXT NOT NULL PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID");
        }
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO seen (external_id, line) VALUES (?, ?) "
                + "ON CONFLICT (external_id) DO NOTHING");
        this.firstLine = connection.prepareStatement("SELECT line FROM seen WHERE external_id = ?");
    }

    /** An empty ledger in a new scratch file of the temporary folder. */
    static SeenExternalIds create() {
        Path file = null;
        try {
            file = Files.createTempFile("atlas-import-ids-", ".sqlite");
            return new SeenExternalIds(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not create its temporary file of ids: " + e.getMessage(), e);
        } catch (SQLException e) {
            delete(file);
            throw new IllegalStateException("the import could not open its temporary file of ids " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Remembers that {@code externalId} is met on {@code line}, unless it was met before: then answers the line it
     * was first met on (and keeps that one), else 0.
     */
    long firstLineOrRemember(String externalId, long line) {
        try {
            insert.setString(1, externalId);
            insert.setLong(2, line);
            if (insert.executeUpdate() == 1) {
                return 0;
            }
            firstLine.setString(1, externalId);
            try (ResultSet row = firstLine.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the import could not use its temporary file of ids " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Closes and deletes the scratch file. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the file is deleted below either way
        }
        delete(file);
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not delete its temporary file of ids " + file, e);
        }
    }
}
