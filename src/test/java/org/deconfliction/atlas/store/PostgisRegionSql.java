package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The atlas's region and date questions asked of PostGIS itself, over the store's {@code incidents} table and its
 * indexes ({@code incidents_geom}, GiST; {@code incidents_date} on {@code (date_start, id)}), as the benchmarks ask
 * them beside the in-memory engine. Incidents count as exact points here, so the answers are comparable with an
 * index of exact points; deleted rows are left out as the store leaves them out.
 */
final class PostgisRegionSql {

    /**
     * A drawn polygon (WKT, degrees) with its edges straight on the Web Mercator map, as the atlas draws and answers
     * it: the box test ({@code &&}, through the GiST index) is exact for such edges, since a Mercator-straight edge
     * stays inside the longitude/latitude box of its ends; the points are then tested on EPSG:3857.
     */
    static final String IN_MERCATOR_POLYGON = """
            SELECT id FROM incidents, (SELECT ST_GeomFromText(?, 4326) AS region) drawn
            WHERE geom && drawn.region AND NOT deleted
              AND ST_Intersects(ST_Transform(geom, 3857), ST_Transform(drawn.region, 3857))""";

    /**
     * The same polygon with its edges straight in longitude/latitude (PostGIS's plain planar test, the cheapest it
     * has): up to a few metres off the drawn edges, so ids near them may differ from the atlas's.
     */
    static final String IN_PLANAR_POLYGON = """
            SELECT id FROM incidents WHERE ST_Intersects(geom, ST_GeomFromText(?, 4326)) AND NOT deleted""";

    /**
     * A large polygon (WKT, degrees; such as a bank of the Euphrates, thousands of vertices) with planar edges, cut
     * by {@code ST_Subdivide} into pieces of at most 128 vertices, each matched through the GiST index: PostGIS's
     * own advice for large polygons, where one point-in-polygon test against the whole outline costs milliseconds.
     * A point on an edge between two pieces comes twice; callers collect the ids as a set.
     */
    static final String IN_SUBDIVIDED_POLYGON = """
            WITH pieces AS (SELECT ST_Subdivide(ST_GeomFromText(?, 4326), 128) AS piece)
            SELECT id FROM incidents JOIN pieces ON geom && piece AND ST_Intersects(geom, piece) WHERE NOT deleted""";

    /**
     * Incidents whose date interval overlaps the window, days included; parameters: the window's first day minus
     * the longest interval stored ({@link #LONGEST_INTERVAL}), the window's last day, its first day. The first
     * bound is implied by the overlap and lets the {@code (date_start, id)} index range over the window only.
     */
    static final String OVERLAPPING_DATES = """
            SELECT id FROM incidents
            WHERE date_start >= ? AND date_start <= ? AND date_end >= ? AND NOT deleted""";

    /** The longest date interval stored, in days (0 for an empty table). */
    static final String LONGEST_INTERVAL = "SELECT COALESCE(MAX(date_end - date_start), 0) FROM incidents";

    private PostgisRegionSql() {
    }

    /** The ids the statement selects with these parameters. */
    static Set<String> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(connection, sql, parameters); ResultSet rows = query.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    /** The planner's plan for the statement with these parameters, as EXPLAIN's text lines (not run). */
    static List<String> plan(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = prepared(connection, "EXPLAIN " + sql, parameters); ResultSet rows = query.executeQuery()) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        for (int k = 0; k < parameters.length; k++) {
            query.setObject(k + 1, parameters[k]);
        }
        return query;
    }
}
