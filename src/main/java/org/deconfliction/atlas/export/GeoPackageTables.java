package org.deconfliction.atlas.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Envelope;

/**
 * The GeoPackage 1.3 bookkeeping of a new file (application id, version, the spatial reference systems the standard
 * requires, {@code gpkg_contents} and {@code gpkg_geometry_columns}) and the registration of each layer and table.
 */
record GeoPackageTables(Connection db) {

    private static final String WGS84_DEFINITION = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    void create() throws SQLException {
        GeoPackageExport.execute(db,
                "PRAGMA application_id = 1196444487",
                "PRAGMA user_version = 10300",
                "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT "
                        + "NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)",
                "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT "
                        + "UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                        + "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                        + "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
                "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name "
                        + "TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols "
                        + "PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT "
                        + "fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents (table_name), CONSTRAINT fk_gc_srs FOREIGN "
                        + "KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        try (PreparedStatement srs = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
            Object[][] rows = {
                    {"Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"},
                    {"Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"},
                    {"WGS 84 geodetic", Wgs84.SRID, "EPSG", Wgs84.SRID, WGS84_DEFINITION,
                            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"}};
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    srs.setObject(i + 1, row[i]);
                }
                srs.executeUpdate();
            }
        }
    }

    /** Creates and registers a feature layer with the geometry column {@code geom} and the given other columns. */
    void featureLayer(String name, String type, String description, String columns, Envelope extent) throws SQLException {
        GeoPackageExport.execute(db, "CREATE TABLE " + name + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + type
                + " NOT NULL, " + columns + ")");
        try (PreparedStatement contents = db.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                + "description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            contents.setString(1, name);
            contents.setString(2, name);
            contents.setString(3, description);
            Object[] box = extent.isNull() ? new Object[] {null, null, null, null}
                    : new Object[] {extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()};
            for (int i = 0; i < 4; i++) {
                contents.setObject(4 + i, box[i]);
            }
            contents.setInt(8, Wgs84.SRID);
            contents.executeUpdate();
        }
        try (PreparedStatement geometry = db.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
            geometry.setString(1, name);
            geometry.setString(2, type);
            geometry.setInt(3, Wgs84.SRID);
            geometry.executeUpdate();
        }
    }

    /** Creates and registers an attribute table (no geometry). */
    void attributeTable(String name, String description, String columns) throws SQLException {
        GeoPackageExport.execute(db, "CREATE TABLE " + name + " (id INTEGER PRIMARY KEY AUTOINCREMENT, " + columns + ")");
        try (PreparedStatement contents = db.prepareStatement(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)")) {
            contents.setString(1, name);
            contents.setString(2, name);
            contents.setString(3, description);
            contents.executeUpdate();
        }
    }
}
