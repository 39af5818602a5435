package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's first look at a file: its format from its bytes and name, its columns and their mapping. */
class ImportDetectionTest {

    @TempDir
    Path folder;

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theFormatComesFromTheFileNotItsName() throws IOException {
        assertThat(ImportDetection.format("export.csv", fixture("acled-export.csv"))).isEqualTo(ImportFormat.ACLED);
        assertThat(ImportDetection.format("hdx.csv", fixture("acled-hdx-old.csv"))).isEqualTo(ImportFormat.ACLED);
        assertThat(ImportDetection.format("points.txt", fixture("points-semicolon.csv"))).isEqualTo(ImportFormat.CSV);
        assertThat(ImportDetection.format("layer.txt", file("layer.txt", " {\"type\":\"FeatureCollection\",\"features\":[]}")))
                .isEqualTo(ImportFormat.GEOJSON);
        assertThat(ImportDetection.format("data", Files.write(folder.resolve("data"),
                "SQLite format 3\0rest".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(ImportFormat.GPKG);
    }

    @Test
    void aCsvHeaderIsMappedByUsualNamesWithTheGivenColumnsFirst() throws IOException {
        Path points = fixture("points-semicolon.csv");

        ImportDetection.Columns detected = ImportDetection.columns(ImportFormat.CSV, points, Map.of());
        assertThat(detected.columns()).containsExactly("id", "name", "date", "lat", "lon", "category");
        assertThat(detected.mapping()).containsEntry("title", "name").containsEntry("latitude", "lat")
                .containsEntry("longitude", "lon").containsEntry("id", "id").doesNotContainKey("place");

        assertThat(ImportDetection.columns(ImportFormat.CSV, points, Map.of("place", "name")).mapping())
                .containsEntry("place", "name");
        assertThatThrownBy(() -> ImportDetection.columns(ImportFormat.CSV, points, Map.of("date", "when")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("line 1")
                .hasMessageContaining("'when'");
    }

    @Test
    void foreignGeoJsonIsMappedFromItsFirstFeatureAndTheAtlasFormNeedsNoMapping() throws IOException {
        Path foreign = file("foreign.geojson", """
                {"type":"FeatureCollection","name":"qgis","features":[{"type":"Feature","geometry":{"type":"Point",
                "coordinates":[40.35,35.25]},"properties":{"name":"Khasham","when":"2018-02-07","kind":"ground-clash"}}]}
                """);
        assertThat(ImportDetection.columns(ImportFormat.GEOJSON, foreign, Map.of("date", "when")))
                .satisfies(c -> assertThat(c.columns()).containsExactly("name", "when", "kind"))
                .satisfies(c -> assertThat(c.mapping()).containsEntry("title", "name").containsEntry("date", "when"));

        Path atlas = file("atlas.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,
                "properties":{"date":{"start":"2018-02-07"},"location":{"precision":"exact"}}}]}
                """);
        assertThat(ImportDetection.columns(ImportFormat.GEOJSON, atlas, Map.of()).columns()).isEmpty();
        assertThat(ImportDetection.columns(ImportFormat.ACLED, fixture("acled-export.csv"), Map.of()).columns()).isEmpty();
    }
}
