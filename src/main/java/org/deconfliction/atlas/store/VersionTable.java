package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * A layer's history table ({@code incident_versions}, {@code site_versions}): one row per version, written once and
 * never changed, holding the item's full values as its GeoJSON Feature.
 */
final class VersionTable<T> {

    private final LayerTable<T> table;
    private final StoreDialect dialect;
    private final String insert;
    private final String select;
    private final String deleted;

    VersionTable(LayerTable<T> table, StoreDialect dialect) {
        this.table = table;
        this.dialect = dialect;
        StoredLayer layer = table.layer();
        this.insert = "INSERT INTO " + layer.versionTable() + " (" + layer.versionIdColumn()
                + ", version, change, changed_at, changed_by, comment, restored_from, feature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        this.select = "SELECT " + layer.versionIdColumn() + " AS id, version, change, changed_at, changed_by, comment,"
                + " restored_from, feature FROM " + layer.versionTable() + " WHERE " + layer.versionIdColumn() + " = ?";
        this.deleted = "SELECT v." + layer.versionIdColumn() + " AS id, v.version, v.change, v.changed_at, v.changed_by,"
                + " v.comment, v.restored_from, v.feature FROM " + layer.versionTable() + " v JOIN " + layer.table()
                + " i ON i.id = v." + layer.versionIdColumn() + " AND i.version = v.version WHERE i.deleted = ?"
                + " ORDER BY v.changed_at DESC, v." + layer.versionIdColumn() + " LIMIT ?";
    }

    /** The parameters of {@link #insert()} for one version whose values are the given GeoJSON Feature's text. */
    Object[] row(String id, String feature, long version, ChangeKind kind, Instant at, Edit edit, Long restoredFrom) {
        return new Object[] {id, version, kind.code(), dialect.instantValue(at), edit.by(), edit.comment(),
                restoredFrom, dialect.jsonValue(feature)};
    }

    String insert() {
        return insert;
    }

    /** Every version of the item, oldest first; empty when the store never had it. */
    List<ItemVersion<T>> history(JdbcOperations jdbc, String id) {
        return jdbc.query(select + " ORDER BY version", (row, n) -> version(row), id);
    }

    /** The SQL of {@link #deleted}: parameters true and the limit. */
    String selectDeleted() {
        return deleted;
    }

    /** The versions that deleted the items deleted now, newest first, at most {@code limit}. */
    List<ItemVersion<T>> deleted(JdbcOperations jdbc, int limit) {
        return jdbc.query(deleted, (row, n) -> version(row), true, limit);
    }

    Optional<ItemVersion<T>> version(JdbcOperations jdbc, String id, long version) {
        return jdbc.query(select + " AND version = ?", (row, n) -> version(row), id, version).stream().findFirst();
    }

    Optional<ItemVersion<T>> latest(JdbcOperations jdbc, String id) {
        return jdbc.query(select + " ORDER BY version DESC LIMIT 1", (row, n) -> version(row), id).stream().findFirst();
    }

    private ItemVersion<T> version(ResultSet row) throws SQLException {
        long restoredFrom = row.getLong("restored_from");
        Long restored = row.wasNull() ? null : restoredFrom;
        return new ItemVersion<>(row.getString("id"), row.getLong("version"), ChangeKind.of(row.getString("change")),
                dialect.readInstant(row, "changed_at"), row.getString("changed_by"), row.getString("comment"),
                restored, table.read(row.getString("feature")));
    }
}
