package org.deconfliction.atlas.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Envelope;

/**
 * The GeoPackage 1.3 bookkeeping of a new file (application id, version, the spatial reference systems the standard
 * requires, {@code gpkg_contents}, {@code gpkg_geometry_columns} and {@code gpkg_extensions}), the registration of
 * each layer and table, and each feature layer's spatial index.
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
                        + "KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))",
                "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition "
                        + "TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
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

    /**
     * Adds the GeoPackage spatial index (the {@code gpkg_rtree_index} extension) to a feature layer whose rows are
     * written already, with fids 1 to n in the order of {@code extents}: the R*Tree virtual table
     * {@code rtree_<layer>_geom} holding each row's bounding box, the standard triggers that keep it up to date when a
     * GIS client edits the layer (they call the {@code ST_} functions such clients provide), and the extension's
     * registration in {@code gpkg_extensions}.
     */
    void spatialIndex(String layer, List<Envelope> extents) throws SQLException {
        String rtree = "rtree_" + layer + "_geom";
        GeoPackageExport.execute(db, "CREATE VIRTUAL TABLE " + rtree + " USING rtree(id, minx, maxx, miny, maxy)");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + rtree + " VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < extents.size(); i++) {
                Envelope box = extents.get(i);
                insert.setLong(1, i + 1);
                insert.setDouble(2, box.getMinX());
                insert.setDouble(3, box.getMaxX());
                insert.setDouble(4, box.getMinY());
                insert.setDouble(5, box.getMaxY());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String box = "NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)";
        String prefix = "CREATE TRIGGER " + rtree;
        GeoPackageExport.execute(db,
                prefix + "_insert AFTER INSERT ON " + layer + " WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) "
                        + "BEGIN INSERT OR REPLACE INTO " + rtree + " VALUES (" + box + "); END",
                prefix + "_update1 AFTER UPDATE OF geom ON " + layer + " WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND "
                        + "NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO " + rtree + " VALUES (" + box + "); END",
                prefix + "_update2 AFTER UPDATE OF geom ON " + layer + " WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR "
                        + "ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + rtree + " WHERE id = OLD.fid; END",
                prefix + "_update3 AFTER UPDATE ON " + layer + " WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND "
                        + "NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + rtree + " WHERE id = OLD.fid; INSERT OR REPLACE INTO "
                        + rtree + " VALUES (" + box + "); END",
                prefix + "_update4 AFTER UPDATE ON " + layer + " WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR "
                        + "ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM " + rtree + " WHERE id IN (OLD.fid, NEW.fid); END",
                prefix + "_delete AFTER DELETE ON " + layer + " WHEN old.geom NOT NULL BEGIN DELETE FROM " + rtree
                        + " WHERE id = OLD.fid; END");
        try (PreparedStatement extension = db.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom', "
                + "'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            extension.setString(1, layer);
            extension.executeUpdate();
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
