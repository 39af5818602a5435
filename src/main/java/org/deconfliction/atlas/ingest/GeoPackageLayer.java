package org.deconfliction.atlas.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feature layer of an imported GeoPackage to read: the one asked for, else the only one, else the one called
 * {@code incidents}; with its geometry column, declared geometry type, primary key, other columns and coordinate
 * system. Refuses, naming the layer, what the atlas cannot import: no such layer, a declared type other than points,
 * and a coordinate system other than WGS84 longitude/latitude (EPSG:4326, OGC:CRS84) or Web Mercator (EPSG:3857),
 * which is transformed.
 */
record GeoPackageLayer(String table, String geometryColumn, String geometryType, String primaryKey,
                       List<String> columns, int srsId, boolean webMercator) {

    /** Names the layer in messages: {@code layer 'incidents'}. */
    String label() {
        return "layer '" + table + "'";
    }

    static GeoPackageLayer choose(Connection db, String asked) throws SQLException {
        List<String[]> layers = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            if (!s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('gpkg_contents', 'gpkg_geometry_columns')")
                    .getString(1).equals("2")) {
                throw new ImportRefusedException(0, "is not a GeoPackage: it has no gpkg_contents and gpkg_geometry_columns tables");
            }
            ResultSet r = s.executeQuery("SELECT g.table_name, g.column_name, g.geometry_type_name, g.srs_id "
                    + "FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name "
                    + "WHERE c.data_type = 'features' ORDER BY g.table_name");
            while (r.next()) {
                layers.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        List<String> names = layers.stream().map(l -> l[0]).toList();
        String[] chosen;
        if (asked != null && !asked.isBlank()) {
            chosen = layers.stream().filter(l -> l[0].equals(asked)).findFirst().orElseThrow(() ->
                    new ImportRefusedException(0, "has no feature layer '" + asked + "'; its layers are " + names));
        } else if (layers.size() == 1) {
            chosen = layers.getFirst();
        } else {
            chosen = layers.stream().filter(l -> l[0].equals("incidents")).findFirst().orElseThrow(() ->
                    new ImportRefusedException(0, layers.isEmpty() ? "has no feature layer"
                            : "has several feature layers " + names + "; choose one (layer)"));
        }
        String type = chosen[2].toUpperCase(Locale.ROOT);
        if (!type.equals("POINT") && !type.equals("GEOMETRY")) {
            throw new ImportRefusedException(0, "layer '" + chosen[0] + "' holds " + type
                    + " geometries; the atlas imports incidents from point layers");
        }
        int srs = Integer.parseInt(chosen[3]);
        return new GeoPackageLayer(chosen[0], chosen[1], type, primaryKey(db, chosen[0]), columns(db, chosen[0], chosen[1]),
                srs, webMercator(db, chosen[0], srs));
    }

    private static boolean webMercator(Connection db, String table, int srs) throws SQLException {
        try (var s = db.prepareStatement("SELECT organization, organization_coordsys_id, srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            s.setInt(1, srs);
            ResultSet r = s.executeQuery();
            if (!r.next()) {
                throw new ImportRefusedException(0, "layer '" + table + "' names the coordinate system " + srs
                        + ", which gpkg_spatial_ref_sys does not define");
            }
            String code = r.getString(1).toUpperCase(Locale.ROOT) + ":" + r.getInt(2);
            if (code.equals("EPSG:4326") || code.equals("OGC:84") || code.equals("OGC:CRS84")) {
                return false;
            }
            if (code.equals("EPSG:3857") || code.equals("EPSG:900913")) {
                return true;
            }
            throw new ImportRefusedException(0, "layer '" + table + "' is in " + code + " (" + r.getString(3)
                    + "), which the atlas cannot transform; it reads EPSG:4326 and EPSG:3857. Reproject the layer, e.g. "
                    + "ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg " + table);
        }
    }

    private static String primaryKey(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement()) {
            ResultSet r = s.executeQuery("PRAGMA table_info(" + quoted(table) + ")");
            while (r.next()) {
                if (r.getInt("pk") == 1) {
                    return r.getString("name");
                }
            }
        }
        return "rowid";
    }

    private static List<String> columns(Connection db, String table, String geometry) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            ResultSet r = s.executeQuery("PRAGMA table_info(" + quoted(table) + ")");
            while (r.next()) {
                if (!r.getString("name").equals(geometry)) {
                    names.add(r.getString("name"));
                }
            }
        }
        return List.copyOf(names);
    }

    /** A table or column name quoted for SQL. */
    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
