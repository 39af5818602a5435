package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.CommandLine;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeoPackages made by GDAL's own {@code ogr2ogr} (as QGIS users make them) in a temporary folder, read layer by
 * layer: points with Arabic names through the mapping, Web Mercator transformed, and what cannot be imported
 * refused naming the layer or rejected naming the feature.
 */
class GeoPackageImportReaderTest {

    private static final String POINTS = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"naam": "Drone over al-Tanf", "when": "2018-02-07", "ort": "التنف", "kind": "Drone"},
              "geometry": {"type": "Point", "coordinates": [38.65, 33.5]}},
             {"type": "Feature", "properties": {"naam": "Rockets at al-Omar", "when": "not known", "ort": "حقل العمر", "kind": "x"},
              "geometry": {"type": "Point", "coordinates": [40.4, 35.1]}}]}""";
    private static final String LINES = """
            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"naam": "Route"},
              "geometry": {"type": "LineString", "coordinates": [[40.1, 35.3], [40.2, 35.4]]}}]}""";
    private static final Map<String, String> MAPPING = Map.of("title", "naam", "date", "when", "place", "ort", "category", "kind");

    @TempDir
    Path folder;

    @BeforeEach
    void gdal() {
        Assumptions.assumeTrue(CommandLine.installed("ogr2ogr"), "ogr2ogr is not installed (Debian: apt-get install gdal-bin)");
    }

    /** A GeoPackage layer written by ogr2ogr from GeoJSON text, with extra ogr2ogr arguments. */
    private Path layer(Path gpkg, String name, String geojson, String... arguments) throws Exception {
        Path source = Files.writeString(folder.resolve(name + ".geojson"), geojson, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GPKG"));
        if (Files.exists(gpkg)) {
            command.add("-update");
        }
        command.addAll(List.of(arguments));
        command.addAll(List.of("-nln", name, gpkg.toString(), source.toString()));
        CommandLine.run(command);
        return gpkg;
    }

    @Test
    void aPointLayerIsReadThroughTheMappingWithItsArabicNamesAndRejectsNamingLayerAndFid() throws Exception {
        Path gpkg = layer(folder.resolve("qgis.gpkg"), "events", POINTS);
        ReadFixtures read = ReadFixtures.read(gpkg, ImportFormat.GPKG, MAPPING);
        assertThat(read.rows).singleElement().satisfies(row -> {
            assertThat(row.incident().id()).isEqualTo("gpkg-1");
            assertThat(row.incident().title()).isEqualTo("Drone over al-Tanf");
            assertThat(row.incident().place()).isEqualTo("التنف");
            assertThat(row.incident().category()).isEqualTo(IncidentCategory.DRONE);
            assertThat(row.incident().location().toText()).isEqualTo("POINT (38.65 33.5)");
            assertThat(row.incident().summary()).isEqualTo("Imported from qgis.gpkg, layer events, fid 1.");
        });
        assertThat(read.rejectionOn(2)).satisfies(r -> {
            assertThat(r).extracting(Rejection::column, Rejection::value).containsExactly("when", "not known");
            assertThat(r.reason()).startsWith("layer 'events' feature fid 2").contains("unknown date");
        });
    }

    @Test
    void aWebMercatorLayerIsTransformedAndAnotherProjectionIsRefusedNamingLayerAndSystem() throws Exception {
        Path mercator = layer(folder.resolve("mercator.gpkg"), "events", POINTS, "-t_srs", "EPSG:3857");
        assertThat(ReadFixtures.read(mercator, ImportFormat.GPKG, MAPPING).rows.getFirst().incident().location().toText())
                .isEqualTo("POINT (38.65 33.5)");
        Path utm = layer(folder.resolve("utm.gpkg"), "events", POINTS, "-t_srs", "EPSG:32637");
        assertThatThrownBy(() -> ReadFixtures.read(utm, ImportFormat.GPKG, MAPPING))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("layer 'events' is in EPSG:32637").hasMessageContaining("cannot transform");
    }

    @Test
    void withSeveralLayersOneIsChosenAndALineLayerIsRefusedNamingIt() throws Exception {
        Path gpkg = layer(folder.resolve("two.gpkg"), "events", POINTS);
        layer(gpkg, "routes", LINES);
        assertThatThrownBy(() -> ReadFixtures.read(gpkg, ImportFormat.GPKG, MAPPING))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("several feature layers [events, routes]");
        assertThat(ReadFixtures.read(gpkg, ImportFormat.GPKG, MAPPING, "events").rows).hasSize(1);
        assertThatThrownBy(() -> ReadFixtures.read(gpkg, ImportFormat.GPKG, MAPPING, "routes"))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("layer 'routes' holds LINESTRING geometries");
        assertThatThrownBy(() -> ReadFixtures.read(gpkg, ImportFormat.GPKG, MAPPING, "tanks"))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("no feature layer 'tanks'");
    }

    @Test
    void aMixedLayerRejectsItsNonPointFeaturesNamingThemAndAFileThatIsNoGeoPackageIsRefused() throws Exception {
        Path gpkg = layer(folder.resolve("mixed.gpkg"), "mixed", """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"naam": "Point", "when": "2018-02-07"},
                  "geometry": {"type": "Point", "coordinates": [40.1, 35.3]}},
                 {"type": "Feature", "properties": {"naam": "Area", "when": "2018-02-07"},
                  "geometry": {"type": "Polygon", "coordinates": [[[40.1, 35.3], [40.2, 35.3], [40.2, 35.4], [40.1, 35.3]]]}}]}""",
                "-nlt", "GEOMETRY");
        ReadFixtures read = ReadFixtures.read(gpkg, ImportFormat.GPKG, Map.of("title", "naam", "date", "when"));
        assertThat(read.rows).hasSize(1);
        assertThat(read.rejectionOn(2)).satisfies(r -> {
            assertThat(r.value()).isEqualTo("Polygon");
            assertThat(r.reason()).isEqualTo("layer 'mixed' feature fid 2: must be a Point; the atlas imports incidents as points");
        });
        Path text = Files.writeString(folder.resolve("not.gpkg"), "id,title\n1,x\n");
        assertThatThrownBy(() -> ReadFixtures.read(text, ImportFormat.GPKG, MAPPING))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("not an SQLite database");
    }
}
