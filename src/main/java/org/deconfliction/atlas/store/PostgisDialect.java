package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The shared store: PostgreSQL with PostGIS. Points are {@code geometry(Point, 4326)} passed as WKB, dates are
 * {@code date}, timestamps {@code timestamptz} (kept to the millisecond, as the embedded store keeps them), lists
 * {@code jsonb}. Every committed change is announced to the other application instances on the database with
 * NOTIFY on {@value PostgisChangeListener#CHANNEL} (delivered only if the transaction commits): one notice per item,
 * or a single "many" notice above {@value #LISTED_ITEMS} items, after which the listeners re-read everything.
 */
final class PostgisDialect implements StoreDialect {

    static final int LISTED_ITEMS = 200;

    private final String origin;

    /** @param origin this application instance's name in its notices, without spaces */
    PostgisDialect(String origin) {
        if (origin.isEmpty() || origin.contains(" ")) {
            throw new IllegalArgumentException("an origin needs to be one word, was '" + origin + "'");
        }
        this.origin = origin;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String pointParameter() {
        return "ST_GeomFromWKB(?, 4326)";
    }

    @Override
    public Object pointValue(Point point) {
        return new WKBWriter(2).write(point);
    }

    @Override
    public String pointSelect(String column) {
        return "ST_AsBinary(" + column + ")";
    }

    @Override
    public Point readPoint(ResultSet row, String column) throws SQLException {
        try {
            return (Point) new WKBReader(Wgs84.FACTORY).read(row.getBytes(column));
        } catch (ParseException | ClassCastException e) {
            throw new SQLException("column " + column + " does not hold a WKB point: " + e.getMessage(), e);
        }
    }

    @Override
    public Object dateValue(LocalDate date) {
        return date;
    }

    @Override
    public LocalDate readDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    @Override
    public Object instantValue(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    @Override
    public Instant readInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public Object jsonValue(String json) {
        PGobject value = new PGobject();
        try {
            value.setType("jsonb");
            value.setValue(json);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return value;
    }

    @Override
    public void changed(JdbcOperations jdbc, StoreChangedEvent change) {
        if (change.changes().size() > LISTED_ITEMS) {
            notify(jdbc, new ChangeNotice(origin, change.layer(), null));
            return;
        }
        for (ChangedItem item : change.changes()) {
            notify(jdbc, new ChangeNotice(origin, change.layer(), item));
        }
    }

    private static void notify(JdbcOperations jdbc, ChangeNotice notice) {
        jdbc.query("SELECT pg_notify(?, ?)", row -> { }, PostgisChangeListener.CHANNEL, notice.payload());
    }
}
