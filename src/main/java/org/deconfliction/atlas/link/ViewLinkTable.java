package org.deconfliction.atlas.link;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Repository;

/** The {@code view_link} table of the store's database (embedded GeoPackage or PostGIS alike). */
@Repository
class ViewLinkTable {

    private final JdbcOperations jdbc;

    ViewLinkTable(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The state kept under the id; empty when there is none. */
    Optional<String> find(String id) {
        return jdbc.query("SELECT state FROM view_link WHERE id = ?", (row, n) -> row.getString(1), id).stream()
                .findFirst();
    }

    /** Keeps the state under the id unless a state is kept under it already (then nothing changes). */
    void insert(String id, String state, String createdBy, Instant at) {
        jdbc.update("INSERT INTO view_link (id, state, length, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING", id, state, state.length(), createdBy, at.toString());
    }

    /** The total length, in characters, of the states anonymous visitors made links of; 0 when none. */
    long anonymousLength() {
        Long total = jdbc.queryForObject("SELECT COALESCE(SUM(length), 0) FROM view_link WHERE created_by IS NULL",
                Long.class);
        return total == null ? 0 : total;
    }
}
