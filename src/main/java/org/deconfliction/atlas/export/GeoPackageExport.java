package org.deconfliction.atlas.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeoPackageBinary;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.Range;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.ResultExport;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.River;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.Site;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a question's answer as a new GeoPackage 1.3 file that GDAL and QGIS open: the point layer
 * {@code incidents} (the answering incidents: dates as DATE columns, casualties summed over the sides as INTEGER
 * ranges, the derived bank, distances and the answer, and in {@code atlas_feature} the incident's atlas GeoJSON form,
 * from which the atlas's import reads it back value for value), the point layer {@code sites}, the line layers
 * {@code rivers} and {@code lines}, the polygon layer {@code zones}, and the attribute table {@code query} (the
 * question in words and as API parameters, when, how many matched). Every feature layer has the GeoPackage spatial
 * index (the {@code gpkg_rtree_index} extension); dates are DATE ({@code 2018-02-07}) and DATETIME
 * ({@code 2018-02-07T21:30:00.000Z}) columns. All coordinates are WGS84 longitude/latitude.
 */
public final class GeoPackageExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** GeoPackage's DATETIME form: ISO 8601 in UTC with milliseconds, e.g. {@code 2018-02-07T21:30:00.000Z}. */
    private static final java.time.format.DateTimeFormatter DATETIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private GeoPackageExport() {
    }

    /** Writes the file, which must not exist yet. */
    public static void write(Path file, QueryResult result, List<Site> sites, List<River> rivers,
                             List<DeconflictionLine> lines, List<Zone> zones, Instant exportedAt) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.setAutoCommit(false);
            GeoPackageTables tables = new GeoPackageTables(db);
            tables.create();
            incidents(tables, result);
            layer(tables, "sites", "POINT", "Sites: bases, fields, towns and crossings", sites, Site::location,
                    "id TEXT NOT NULL, name TEXT NOT NULL, alternate_names TEXT, kind TEXT NOT NULL, description TEXT, "
                            + "location_precision TEXT NOT NULL, uncertainty_metres REAL NOT NULL, country TEXT",
                    s -> new Object[] {s.id(), s.name(), String.join("; ", s.alternateNames()), s.kind().code(), s.description(),
                            s.uncertainty().precision().code(), s.uncertainty().radiusMetres(), s.country()});
            layer(tables, "rivers", "LINESTRING", "Rivers: the Euphrates", rivers, River::course,
                    "id TEXT NOT NULL, name TEXT NOT NULL, description TEXT, source TEXT, licence TEXT",
                    r -> new Object[] {r.id(), r.name(), r.description(), r.source(), r.licence()});
            layer(tables, "lines", "LINESTRING", "The US-Russian deconfliction line (approximate)", lines,
                    DeconflictionLine::path, "id TEXT NOT NULL, name TEXT NOT NULL, description TEXT, approximate BOOLEAN NOT NULL",
                    l -> new Object[] {l.id(), l.name(), l.description(), l.approximate()});
            layer(tables, "zones", "POLYGON", "Deconfliction zones", zones, Zone::area,
                    "id TEXT NOT NULL, name TEXT NOT NULL, description TEXT, radius_metres REAL NOT NULL",
                    z -> new Object[] {z.id(), z.name(), z.description(), z.radiusMetres()});
            query(tables, result, exportedAt);
            db.commit();
        }
    }

    private static void incidents(GeoPackageTables tables, QueryResult result) throws SQLException {
        layer(tables, "incidents", "POINT", "Incidents answering: " + ResultExport.describe(result.query()),
                result.answers(), a -> a.incident().location(),
                "id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, summary TEXT, category TEXT NOT NULL, opponent TEXT NOT NULL, "
                        + "place TEXT, site_id TEXT, date_start DATE NOT NULL, date_end DATE NOT NULL, date_precision TEXT NOT NULL, "
                        + "location_precision TEXT NOT NULL, uncertainty_metres REAL NOT NULL, actors_side_a TEXT, actors_side_b TEXT, "
                        + "killed_min INTEGER, killed_max INTEGER, wounded_min INTEGER, wounded_max INTEGER, "
                        + "civilians_killed_min INTEGER, civilians_killed_max INTEGER, country TEXT NOT NULL, sources TEXT, "
                        + "answer TEXT, bank TEXT, bank_certainty TEXT, river_distance_km REAL, nearest_site TEXT, "
                        + "nearest_site_km REAL, atlas_feature TEXT NOT NULL",
                GeoPackageExport::incidentRow);
    }

    private static Object[] incidentRow(IncidentAnswer a) {
        Incident i = a.incident();
        List<CasualtyCount> sides = java.util.stream.Stream.of(i.casualties().sideA(), i.casualties().sideB(),
                i.casualties().civilians()).filter(Objects::nonNull).toList();
        List<CasualtyCount> civilians = i.casualties().civilians() == null ? List.of() : List.of(i.casualties().civilians());
        return new Object[] {i.id(), i.title(), i.summary(), i.category().code(), i.opponent().code(), i.place(), i.siteId(),
                i.date().start().toString(), i.date().end().toString(), i.date().precision().code(),
                i.uncertainty().precision().code(), i.uncertainty().radiusMetres(), String.join("; ", i.actors().sideA()),
                String.join("; ", i.actors().sideB()), sum(sides, CasualtyCount::killed, Range::min),
                sum(sides, CasualtyCount::killed, Range::max), sum(sides, CasualtyCount::wounded, Range::min),
                sum(sides, CasualtyCount::wounded, Range::max), sum(civilians, CasualtyCount::killed, Range::min),
                sum(civilians, CasualtyCount::killed, Range::max), i.country(),
                i.sources().stream().map(s -> s.title() + (s.seed() == null ? "" : " [" + s.seed() + "]"))
                        .collect(Collectors.joining("; ")),
                a.answer().name().toLowerCase(Locale.ROOT), a.attributes().bank().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                a.attributes().bankCertain() ? "certain" : "uncertain", a.attributes().riverDistanceKm(),
                a.attributes().nearestSiteId(), a.attributes().nearestSiteKm(),
                JSON.writeValueAsString(IncidentGeoJson.feature(i))};
    }

    /** The sum of the sides' ranges' ends, or null when no side gives one. */
    private static Integer sum(List<CasualtyCount> sides, Function<CasualtyCount, Range> range, Function<Range, Integer> end) {
        List<Range> given = sides.stream().map(range).filter(Objects::nonNull).toList();
        return given.isEmpty() ? null : given.stream().mapToInt(end::apply).sum();
    }

    private static <T> void layer(GeoPackageTables tables, String name, String type, String description, List<T> items,
                                  Function<T, Geometry> geometry, String columns, Function<T, Object[]> values)
            throws SQLException {
        Envelope extent = new Envelope();
        items.forEach(item -> extent.expandToInclude(geometry.apply(item).getEnvelopeInternal()));
        tables.featureLayer(name, type, description, columns, extent);
        int count = columns.split(",(?![^(]*\\))").length;
        String sql = "INSERT INTO " + name + " (fid, geom, " + names(columns) + ") VALUES (?, ?" + ", ?".repeat(count) + ")";
        List<Envelope> extents = new java.util.ArrayList<>(items.size());
        try (PreparedStatement insert = tables.db().prepareStatement(sql)) {
            for (T item : items) {
                Geometry shape = geometry.apply(item);
                extents.add(shape.getEnvelopeInternal());
                insert.setLong(1, extents.size());
                insert.setBytes(2, GeoPackageBinary.encode(shape, Wgs84.SRID));
                Object[] row = values.apply(item);
                for (int c = 0; c < row.length; c++) {
                    insert.setObject(c + 3, row[c] instanceof Boolean b ? (b ? 1 : 0) : row[c]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        tables.spatialIndex(name, extents);
    }

    private static String names(String columns) {
        return java.util.Arrays.stream(columns.split(",")).map(c -> c.strip().split(" ")[0]).collect(Collectors.joining(", "));
    }

    private static void query(GeoPackageTables tables, QueryResult result, Instant exportedAt) throws SQLException {
        tables.attributeTable("query", "The question this file answers: in words, as API parameters, when, how many matched",
                "description TEXT NOT NULL, exported_at DATETIME NOT NULL, matched INTEGER NOT NULL, parameters TEXT NOT NULL");
        try (PreparedStatement insert = tables.db().prepareStatement(
                "INSERT INTO query (description, exported_at, matched, parameters) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, ResultExport.describe(result.query()));
            insert.setString(2, DATETIME.format(exportedAt));
            insert.setInt(3, result.total());
            insert.setString(4, JSON.writeValueAsString(ResultExport.parameters(result.query())));
            insert.executeUpdate();
        }
    }

    /** Statements run once, e.g. PRAGMAs; used by {@link GeoPackageTables}. */
    static void execute(Connection db, String... statements) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
