package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * What differs between the databases the store runs on; everything else is the same SQL. The embedded store is
 * {@link GeoPackageDialect}; a PostGIS store implements this interface once more. Values are bound with
 * {@code PreparedStatement.setObject}, so each method returns what that database's driver takes.
 */
public interface StoreDialect {

    /** The dialect's name, which is also the folder of its migrations: {@code db/migration/<name>}. */
    String name();

    /** The SQL that stands for a point parameter in an INSERT or UPDATE: {@code ?} or e.g. {@code ST_GeomFromWKB(?, 4326)}. */
    String pointParameter();

    /** The value bound to {@link #pointParameter()} for a WGS84 point (x = longitude). */
    Object pointValue(Point point);

    /** The SQL that selects a point column in the form {@link #readPoint} decodes: the column or e.g. {@code ST_AsBinary(geom)}. */
    String pointSelect(String column);

    /** The point in the given column of the current row, with SRID 4326 from {@code Wgs84.FACTORY}. */
    Point readPoint(ResultSet row, String column) throws SQLException;

    /** The value bound for a DATE column. */
    Object dateValue(LocalDate date);

    /** The date in a DATE column of the current row; null stays null. */
    LocalDate readDate(ResultSet row, String column) throws SQLException;

    /** The value bound for a timestamp column (DATETIME in a GeoPackage, timestamptz in PostgreSQL). */
    Object instantValue(Instant instant);

    /** The instant in a timestamp column of the current row. */
    Instant readInstant(ResultSet row, String column) throws SQLException;

    /** The value bound for a column of JSON text (TEXT in a GeoPackage, e.g. jsonb in PostgreSQL). */
    default Object jsonValue(String json) {
        return json;
    }

    /**
     * Called inside a writing transaction, after its changes, for the tables it changed: keeps dialect bookkeeping
     * (e.g. GeoPackage's {@code gpkg_contents.last_change} and extent) and tells other application instances on the
     * same database about the change (e.g. PostgreSQL NOTIFY, delivered when the transaction commits). The
     * embedded store is used by one process, so it only keeps its bookkeeping.
     */
    void changed(JdbcOperations jdbc, StoreChangedEvent change);

    /**
     * Called once the store is migrated and seeded at start-up; the embedded store writes its log back into the
     * file here, so tools that read the file's header directly (GDAL checks the GeoPackage application id) see it.
     */
    default void started(JdbcOperations jdbc) {
    }
}
