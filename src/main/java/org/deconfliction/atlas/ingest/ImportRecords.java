package org.deconfliction.atlas.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.store.StatementBatch;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code imports}, {@code import_incidents} and {@code import_rejects} tables of the store's database. */
@Repository
class ImportRecords {

    /**
     * An incident an import wrote: {@code created} at {@code version}, {@code updated} from {@code previousVersion}
     * to it, or {@code revived}: deleted at {@code previousVersion} (e.g. by an earlier undo) and brought back with
     * the row's values at {@code version}.
     */
    record Item(String incidentId, String externalId, String change, long version, Long previousVersion) {
    }

    private final JdbcOperations jdbc;

    ImportRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts the record of an import being committed, within its transaction, with no counts yet (see
     * {@link #finish}); returns its id.
     */
    long start(ImportRequest request, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO imports (file_name, format, checksum, mode, imported_by, "
                    + "imported_at, rows_read, rejected, created, updated, unchanged) VALUES (?, ?, '', ?, ?, ?, 0, 0, 0, 0, 0)",
                    new String[] {"id"});
            s.setString(1, request.fileName());
            s.setString(2, request.format().code());
            s.setString(3, request.mode());
            s.setString(4, by);
            s.setString(5, at.toString());
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** Records incidents the import wrote, in one batch with each value bound as it is; none, no statement. */
    void items(long id, List<Item> items) {
        StatementBatch.run(jdbc, "INSERT INTO import_incidents (import_id, incident_id, external_id, change, version, previous_version) "
                + "VALUES (?, ?, ?, ?, ?, ?)", items.stream().map(i -> new Object[] {id, i.incidentId(), i.externalId(),
                i.change(), i.version(), i.previousVersion()}).toList());
    }

    /** Records rows the import rejected, in one batch like {@link #items}; none, no statement. */
    void rejects(long id, List<Rejection> rejects) {
        StatementBatch.run(jdbc, "INSERT INTO import_rejects (import_id, line, column_name, value, reason) VALUES (?, ?, ?, ?, ?)",
                rejects.stream().map(r -> new Object[] {id, r.line(), r.column(), r.value(), r.reason()}).toList());
    }

    /** Completes the record with the file's checksum and the counts of the report. */
    void finish(long id, ImportReport report) {
        jdbc.update("UPDATE imports SET checksum = ?, rows_read = ?, rejected = ?, created = ?, updated = ?, unchanged = ? "
                + "WHERE id = ?", report.checksum(), report.rowsRead(), report.rejected(), report.created(), report.updated(),
                report.unchanged(), id);
    }

    /** Every import, newest first. */
    List<ImportReport> all() {
        return jdbc.query("SELECT * FROM imports ORDER BY id DESC", (row, n) -> report(row));
    }

    Optional<ImportReport> find(long id) {
        return jdbc.query("SELECT * FROM imports WHERE id = ?", (row, n) -> report(row), id).stream().findFirst();
    }

    List<Item> items(long id) {
        return jdbc.query("SELECT * FROM import_incidents WHERE import_id = ? ORDER BY incident_id", (row, n) -> item(row), id);
    }

    /** At most {@code limit} of the incidents the import wrote, those whose id sorts after {@code after}, in id order. */
    List<Item> itemsAfter(long id, String after, int limit) {
        return jdbc.query("SELECT * FROM import_incidents WHERE import_id = ? AND incident_id > ? ORDER BY incident_id LIMIT ?",
                (row, n) -> item(row), id, after, limit);
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getString("incident_id"), row.getString("external_id"), row.getString("change"),
                row.getLong("version"), row.getObject("previous_version") == null ? null : row.getLong("previous_version"));
    }

    List<Rejection> rejects(long id) {
        return jdbc.query("SELECT * FROM import_rejects WHERE import_id = ? ORDER BY line", (row, n) -> new Rejection(
                row.getLong("line"), row.getString("column_name"), row.getString("value"), row.getString("reason")), id);
    }

    /**
     * Marks the import undone, within the undo's transaction, unless it is undone already; false then. Written first,
     * so that a second undo of the same import waits for the first one's transaction and then finds it done.
     */
    boolean undone(long id, String by, Instant at) {
        return jdbc.update("UPDATE imports SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL",
                at.toString(), by, id) == 1;
    }

    private ImportReport report(ResultSet row) throws SQLException {
        boolean undone = row.getString("undone_at") != null;
        return new ImportReport(row.getLong("id"), row.getString("file_name"), row.getString("format"),
                row.getString("checksum"), row.getString("mode"), undone ? "undone" : "committed",
                row.getString("imported_by"), Instant.parse(row.getString("imported_at")), row.getLong("rows_read"),
                row.getLong("rejected"), row.getLong("created"), row.getLong("updated"), row.getLong("unchanged"),
                row.getLong("created"), row.getLong("updated"), new ArrayList<>(), List.of());
    }
}
