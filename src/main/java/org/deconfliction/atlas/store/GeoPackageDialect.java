package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The embedded store: SQLite holding a GeoPackage. Points are GeoPackage binary geometries, dates are
 * {@code YYYY-MM-DD} text, timestamps {@code YYYY-MM-DDTHH:MM:SS.SSSZ} text, as the GeoPackage standard writes
 * DATE and DATETIME. After a change the layer's {@code gpkg_contents.last_change} is set to the time of the change.
 */
final class GeoPackageDialect implements StoreDialect {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String pointParameter() {
        return "?";
    }

    @Override
    public Object pointValue(Point point) {
        return GeoPackageGeometry.encode(point);
    }

    @Override
    public String pointSelect(String column) {
        return column;
    }

    @Override
    public Point readPoint(ResultSet row, String column) throws SQLException {
        return GeoPackageGeometry.decode(row.getBytes(column));
    }

    @Override
    public Object dateValue(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public LocalDate readDate(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    @Override
    public Object instantValue(Instant instant) {
        return DATETIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public Instant readInstant(ResultSet row, String column) throws SQLException {
        return Instant.parse(row.getString(column));
    }

    @Override
    public void changed(JdbcOperations jdbc, StoreChangedEvent change) {
        String table = change.layer().table();
        jdbc.update("UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", instantValue(Instant.now()), table);
    }

    @Override
    public void started(JdbcOperations jdbc) {
        jdbc.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}
