package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoJSON files written into a temporary folder, read feature by feature into candidates and rejections. */
class GeoJsonImportReaderTest {

    private static final String ATLAS_FEATURE = """
            {"type": "Feature", "id": "%s", "geometry": {"type": "Point", "coordinates": [%s]},
             "properties": {"title": "Rockets at the al-Omar field", "summary": "Rockets fell near the field.",
              "category": "rocket-artillery", "actors": {"sideA": ["US forces"], "sideB": ["Iran-backed militias"]},
              "opponent": "iran-backed", "casualties": {"sideA": {"killed": null, "wounded": null}, "sideB": {"killed": null, "wounded": null}, "civilians": null, "note": null},
              "place": "حقل العمر", "siteId": "al-omar", "location": {"precision": "exact", "uncertaintyMetres": 100},
              "date": {"precision": "day", "start": "%s", "end": "%s", "note": null}, "timeOfDay": null,
              "country": "SY", "sources": [{"title": "Press release", "publisher": "CJTF-OIR", "seed": null}],
              "disagreements": [], "bank": "east", "answer": "inside"}}""";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String atlasFeature(String id, String coordinates, String date) {
        return ATLAS_FEATURE.formatted(id, coordinates, date, date);
    }

    @Test
    void featuresInTheAtlasFormKeepTheirIdsAndValuesWhateverMembersSurroundThem() throws IOException {
        Path file = write("items.geojson", """
                {"type": "FeatureCollection", "numberMatched": 2, "links": [{"href": "x", "rel": "self"}],
                 "features": [%s,
                 %s],
                 "query": {"description": "all incidents"}}""".formatted(
                atlasFeature("omar-rockets-2019", "40.4, 35.1", "2019-01-02"),
                atlasFeature("omar-rockets-2020", "40.41, 35.11", "2020-03-04")));
        ReadFixtures read = ReadFixtures.read(file, ImportFormat.GEOJSON, Map.of());
        assertThat(read.rejections).isEmpty();
        assertThat(read.rows).extracting(r -> r.incident().id()).containsExactly("omar-rockets-2019", "omar-rockets-2020");
        assertThat(read.rows.getFirst().incident()).satisfies(i -> {
            assertThat(i.place()).isEqualTo("حقل العمر");
            assertThat(i.siteId()).isEqualTo("al-omar");
            assertThat(i.category()).isEqualTo(IncidentCategory.ROCKET_ARTILLERY);
            assertThat(i.location().toText()).isEqualTo("POINT (40.4 35.1)");
        });
        assertThat(read.rows).extracting(ImportRow::line).containsExactly(1L, 2L);
    }

    @Test
    void anAtlasFeatureThatBreaksTheRulesIsRejectedNamingFeatureFieldAndValue() throws IOException {
        Path file = write("bad.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + atlasFeature("good-one", "40.4, 35.1", "2019-01-02") + ",\n"
                + atlasFeature("bad-date", "40.4, 35.1", "2019-02-30") + ",\n"
                + atlasFeature("good-one", "40.5, 35.2", "2019-01-03") + ",\n"
                + atlasFeature("swapped", "35.1, 40.4", "2019-01-02") + "]}");
        ReadFixtures read = ReadFixtures.read(file, ImportFormat.GEOJSON, Map.of());
        assertThat(read.rows).extracting(r -> r.incident().id()).containsExactly("good-one");
        assertThat(read.rejectionOn(2)).satisfies(r -> {
            assertThat(r.column()).isEqualTo("properties.date.start");
            assertThat(r.value()).isEqualTo("2019-02-30");
            assertThat(r.reason()).startsWith("feature #2 (id 'bad-date') at line ").contains("date.start");
        });
        assertThat(read.rejectionOn(3)).extracting(Rejection::column, Rejection::reason)
                .satisfies(c -> assertThat(c.get(0)).isEqualTo("id"), c -> assertThat((String) c.get(1)).contains("duplicate id"));
        assertThat(read.rejectionOn(4)).satisfies(r -> {
            assertThat(r.column()).isEqualTo("geometry");
            assertThat(r.reason()).contains("feature #4 (id 'swapped')").contains("[longitude, latitude]");
        });
    }

    @Test
    void foreignFeaturesAreReadThroughTheMappingAndNonPointsRejectedNamingTheFeature() throws IOException {
        Path file = write("qgis-layer.geojson", """
                {"type": "FeatureCollection", "name": "incidents_layer",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
                 "features": [
                 {"type": "Feature", "properties": {"fid": 7, "naam": "Drone over al-Tanf", "when": "07 February 2018",
                   "ort": "التنف", "kind": "Drone"}, "geometry": {"type": "Point", "coordinates": [38.65, 33.5]}},
                 {"type": "Feature", "properties": {"fid": 8, "naam": "Patrol route", "when": "2018-02-08"},
                   "geometry": {"type": "LineString", "coordinates": [[40.1, 35.3], [40.2, 35.4]]}},
                 {"type": "Feature", "properties": {"fid": 9, "naam": "Undated", "when": "sometime"},
                   "geometry": {"type": "Point", "coordinates": [40.1, 35.3]}},
                 {"type": "Feature", "properties": {"fid": 10, "naam": "Far away", "when": "2018-02-08"},
                   "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}
                 ]}""");
        ReadFixtures read = ReadFixtures.read(file, ImportFormat.GEOJSON,
                Map.of("id", "fid", "title", "naam", "date", "when", "place", "ort", "category", "kind"));
        assertThat(read.rows).singleElement().satisfies(row -> {
            assertThat(row.incident().id()).isEqualTo("geojson-7");
            assertThat(row.incident().title()).isEqualTo("Drone over al-Tanf");
            assertThat(row.incident().place()).isEqualTo("التنف");
            assertThat(row.incident().category()).isEqualTo(IncidentCategory.DRONE);
            assertThat(row.incident().date().start()).hasToString("2018-02-07");
            assertThat(row.incident().summary()).isEqualTo("Imported from qgis-layer.geojson, feature 1.");
        });
        assertThat(read.rejectionOn(2)).satisfies(r -> {
            assertThat(r).extracting(Rejection::column, Rejection::value).containsExactly("geometry.type", "LineString");
            assertThat(r.reason()).startsWith("feature #2 at line 6: must be a Point");
        });
        assertThat(read.rejectionOn(3)).extracting(Rejection::column, Rejection::value).containsExactly("when", "sometime");
        assertThat(read.rejectionOn(4).reason()).contains("outside the atlas area");
    }

    @Test
    void foreignFeaturesWithoutADatePropertyOrWithAMappedPropertyMissingAreRefusedNamingIt() throws IOException {
        Path file = write("nodate.geojson", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": 3,
                 "properties": {"name": "Khasham"}, "geometry": {"type": "Point", "coordinates": [40.35, 35.25]}}]}""");
        assertThatThrownBy(() -> ReadFixtures.read(file, ImportFormat.GEOJSON, Map.of()))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("feature #1 (id '3') at line 1 has no date property")
                .hasMessageContaining("[name]");
        assertThatThrownBy(() -> ReadFixtures.read(file, ImportFormat.GEOJSON, Map.of("date", "day")))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("property 'day'");
    }

    @Test
    void whatIsNotAFeatureCollectionOrNotJsonOrNotUtf8IsRefusedNamingTheLine() throws IOException {
        assertThatThrownBy(() -> ReadFixtures.read(write("feature.geojson", "{\"type\": \"Feature\", \"properties\": {}}"),
                ImportFormat.GEOJSON, Map.of())).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("its \"type\" is 'Feature'");
        assertThatThrownBy(() -> ReadFixtures.read(write("broken.geojson", "{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": }]}"),
                ImportFormat.GEOJSON, Map.of())).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("line 3: is not valid JSON");
        Path latin1 = folder.resolve("latin1.geojson");
        Files.write(latin1, "{\"type\": \"FeatureCollection\",\n\"features\": [], \"name\": \"D\u00e9r\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ReadFixtures.read(latin1, ImportFormat.GEOJSON, Map.of()))
                .isInstanceOf(ImportRefusedException.class).hasMessageContaining("line 2");
    }
}
