package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.deconfliction.atlas.geodata.GeoPackageBinary;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sqlite.SQLiteConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the point layer of a GeoPackage ({@link GeoPackageLayer}) row by row, with SQLite itself (the uploaded
 * stream is first copied into a temporary file, removed afterwards): only the row being read is in memory. A layer
 * the atlas exported carries each incident in its atlas form in the column {@value #ATLAS_FEATURE}, which is read as
 * strictly as GeoJSON and gives the same incident; rows of any other layer become GeoJSON-like features (the Point,
 * the columns as properties, the primary key as the id) mapped as foreign GeoJSON features are, with ids
 * {@code gpkg-}. A rejection's {@code line} is the feature's primary key (fid); its reason names layer and fid.
 */
final class GeoPackageImportReader {

    static final String ATLAS_FEATURE = "atlas_feature";
    static final String ID_PREFIX = "gpkg-";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final double EARTH_RADIUS_M = 6_378_137;

    private final GeoJsonFeatureRow rows;
    private final String layerAsked;

    GeoPackageImportReader(GeoJsonFeatureRow rows, String layerAsked) {
        this.rows = rows;
        this.layerAsked = layerAsked;
    }

    void read(InputStream in, RowSink sink, LongConsumer progress) {
        Path file = null;
        try {
            file = Files.createTempFile("atlas-import-", ".gpkg");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            byte[] head = new byte[SQLITE_HEADER.length];
            try (InputStream check = Files.newInputStream(file)) {
                if (check.readNBytes(head, 0, head.length) < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                    throw new ImportRefusedException(0, "is not a GeoPackage: it is not an SQLite database file");
                }
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection db = config.createConnection("jdbc:sqlite:" + file)) {
                GeoPackageLayer layer = GeoPackageLayer.choose(db, layerAsked);
                readRows(db, layer, sink, progress);
            }
        } catch (SQLException e) {
            throw new ImportRefusedException(0, "cannot be read as a GeoPackage: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed by the system's cleaning of its temporary folder
                }
            }
        }
    }

    private void readRows(Connection db, GeoPackageLayer layer, RowSink sink, LongConsumer progress) throws SQLException {
        boolean atlasForm = layer.columns().contains(ATLAS_FEATURE);
        long count = 0;
        try (Statement s = db.createStatement()) {
            ResultSet r = s.executeQuery("SELECT " + GeoPackageLayer.quoted(layer.primaryKey()) + " AS atlas_fid, * FROM "
                    + GeoPackageLayer.quoted(layer.table()) + " ORDER BY 1");
            while (r.next()) {
                long fid = r.getLong("atlas_fid");
                String label = layer.label() + " feature fid " + fid;
                String where = layer.label().replace("'", "") + ", fid " + fid;
                JsonNode feature = atlasForm && r.getString(ATLAS_FEATURE) != null
                        ? atlasFeature(fid, label, r.getString(ATLAS_FEATURE), sink)
                        : foreignFeature(fid, label, layer, r, sink);
                if (feature != null) {
                    rows.read(fid, label, where, feature, sink);
                }
                if (++count % 1000 == 0) {
                    progress.accept(count);
                }
            }
        }
        progress.accept(count);
    }

    private static JsonNode atlasFeature(long fid, String label, String text, RowSink sink) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            sink.reject(new Rejection(fid, ATLAS_FEATURE, text.length() > 80 ? text.substring(0, 80) + "…" : text,
                    label + ": the column " + ATLAS_FEATURE + " is not a GeoJSON feature"));
            return null;
        }
    }

    private static JsonNode foreignFeature(long fid, String label, GeoPackageLayer layer, ResultSet r, RowSink sink)
            throws SQLException {
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature").put("id", fid);
        ObjectNode properties = feature.putObject("properties");
        for (String column : layer.columns()) {
            Object value = r.getObject(column);
            switch (value) {
                case null -> properties.putNull(column);
                case Integer i -> properties.put(column, i);
                case Long l -> properties.put(column, l);
                case Double d -> properties.put(column, d);
                case byte[] bytes -> { }
                default -> properties.put(column, value.toString());
            }
        }
        byte[] blob = r.getBytes(layer.geometryColumn());
        if (blob == null) {
            feature.putNull("geometry");
            return feature;
        }
        Geometry geometry;
        try {
            geometry = GeoPackageBinary.decode(blob, Wgs84.FACTORY).geometry();
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(fid, layer.geometryColumn(), "", label + ": " + e.getMessage()));
            return null;
        }
        if (!(geometry instanceof Point point) || point.isEmpty()) {
            sink.reject(new Rejection(fid, layer.geometryColumn(), geometry.getGeometryType(), label
                    + ": must be a Point; the atlas imports incidents as points"));
            return null;
        }
        double lon = point.getX();
        double lat = point.getY();
        if (layer.webMercator()) {
            lon = Math.toDegrees(point.getX() / EARTH_RADIUS_M);
            lat = Math.toDegrees(Math.atan(Math.sinh(point.getY() / EARTH_RADIUS_M)));
        }
        ObjectNode g = feature.putObject("geometry").put("type", "Point");
        g.putArray("coordinates").add(lon).add(lat);
        return feature;
    }
}
