package org.deconfliction.atlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureCollectionReaderTest {

    private static final String FILE = "sites.geojson";

    private static List<GeoJsonFeature> read(String json) {
        return new FeatureCollectionReader().read(FILE, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "name");
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String point(String id, String name, double lon, double lat) {
        String idMember = id == null ? "" : "\"id\":\"" + id + "\",";
        String nameMember = name == null ? "" : "\"name\":\"" + name + "\"";
        return "{\"type\":\"Feature\"," + idMember + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat
                + "]},\"properties\":{" + nameMember + "}}";
    }

    @Test
    void readsEveryFeatureWithItsIdGeometryAndProperties() {
        List<GeoJsonFeature> features = read(collection(
                point("conoco", "Conoco gas field", 40.2954, 35.2753),
                point("al-tanf", "al-Tanf garrison", 38.6178, 33.5058)));

        assertThat(features).extracting(GeoJsonFeature::id).containsExactly("conoco", "al-tanf");
        assertThat(features.getFirst().geometry().toText()).isEqualTo("POINT (40.2954 35.2753)");
        assertThat(features.getFirst().geometry().getSRID()).isEqualTo(4326);
        assertThat(features.getFirst().properties().text("name")).isEqualTo("Conoco gas field");
    }

    @Test
    void refusesMalformedJsonNamingTheFileAndThePosition() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[}"))
                .isInstanceOf(GeodataException.class)
                .hasMessageStartingWith("sites.geojson: is not valid JSON at line 1, column");
    }

    @Test
    void refusesADocumentThatIsNotAFeatureCollection() {
        assertThatThrownBy(() -> read("{\"type\":\"Feature\"}"))
                .hasMessage("sites.geojson: is not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\")");
    }

    @Test
    void refusesAFeatureWithoutIdNamingItsPosition() {
        assertThatThrownBy(() -> read(collection(point("conoco", "Conoco", 40.3, 35.3), point(null, "Nameless", 40.1, 35.1))))
                .isInstanceOfSatisfying(GeodataException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.featureId()).isEqualTo("#2");
                    assertThat(e.problem()).contains("has no id");
                });
    }

    @Test
    void refusesAFeatureWithoutName() {
        assertThatThrownBy(() -> read(collection(point("conoco", null, 40.3, 35.3))))
                .hasMessage("sites.geojson, feature 'conoco': has no name (property \"name\" must be a non-empty string)");
    }

    @Test
    void refusesAnIdThatIsNotASlug() {
        assertThatThrownBy(() -> read(collection(point("Conoco Field", "Conoco", 40.3, 35.3))))
                .hasMessageContaining("feature 'Conoco Field': the id must be lower-case letters and digits");
    }

    @Test
    void refusesADuplicateId() {
        assertThatThrownBy(() -> read(collection(point("conoco", "Conoco", 40.3, 35.3), point("conoco", "Conoco again", 40.2, 35.2))))
                .hasMessage("sites.geojson, feature 'conoco': the id is used by more than one feature");
    }

    @Test
    void refusesALatitudeOutOfRange() {
        assertThatThrownBy(() -> read(collection(point("conoco", "Conoco", 40.3, 95.0))))
                .hasMessage("sites.geojson, feature 'conoco': coordinate 1 [40.3, 95.0] is out of range: "
                        + "longitude must be within ±180 and latitude within ±90 degrees");
    }

    @Test
    void refusesCoordinatesInLatitudeLongitudeOrder() {
        // Deir ez-Zor is at 40.14 E, 35.33 N; written as [lat, lon] it lands at 35.33 E, 40.14 N.
        assertThatThrownBy(() -> read(collection(point("deir-ez-zor", "Deir ez-Zor", 35.33, 40.14))))
                .hasMessage("sites.geojson, feature 'deir-ez-zor': coordinate 1 [35.33, 40.14] looks like "
                        + "[latitude, longitude]; GeoJSON wants [longitude, latitude]");
    }

    @Test
    void refusesAPlaceOutsideTheAreaTheAtlasCovers() {
        assertThatThrownBy(() -> read(collection(point("paris", "Paris", 2.35, 48.86))))
                .hasMessageContaining("feature 'paris': coordinate 1 [2.35, 48.86] lies outside the area the atlas covers");
    }

    @Test
    void refusesAMissingOrMalformedGeometry() {
        String noGeometry = "{\"type\":\"Feature\",\"id\":\"conoco\",\"geometry\":null,\"properties\":{\"name\":\"Conoco\"}}";
        String badGeometry = "{\"type\":\"Feature\",\"id\":\"conoco\",\"geometry\":{\"type\":\"Point\",\"coordinates\":\"east\"},"
                + "\"properties\":{\"name\":\"Conoco\"}}";

        assertThatThrownBy(() -> read(collection(noGeometry))).hasMessage("sites.geojson, feature 'conoco': has no geometry");
        assertThatThrownBy(() -> read(collection(badGeometry)))
                .hasMessageStartingWith("sites.geojson, feature 'conoco': the geometry is not valid GeoJSON");
    }

    @Test
    void checksEveryVertexOfALine() {
        String line = "{\"type\":\"Feature\",\"id\":\"euphrates\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[38.0,36.8],[39.0,35.9],[40.1,135.3]]},\"properties\":{\"name\":\"Euphrates\"}}";

        assertThatThrownBy(() -> read(collection(line)))
                .hasMessageContaining("feature 'euphrates': coordinate 3 [40.1, 135.3] is out of range");
    }
}
