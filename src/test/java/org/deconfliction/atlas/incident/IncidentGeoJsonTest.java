package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.deconfliction.atlas.geodata.GeodataException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class IncidentGeoJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void incidentsWrittenAsGeoJsonReadBackUnchanged() {
        List<Incident> shipped = shipped();

        String written = JSON.writeValueAsString(IncidentGeoJson.collection(shipped));

        assertThat(read(written)).isEqualTo(shipped);
    }

    @Test
    void everyWrittenFeatureFollowsTheIncidentSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = resource("geodata/schema/incident.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        ObjectMapper jackson2 = new ObjectMapper();

        for (Incident incident : shipped()) {
            String feature = JSON.writeValueAsString(IncidentGeoJson.feature(incident));
            assertThat(schema.validate(jackson2.readTree(feature))).as(incident.id()).isEmpty();
        }
    }

    @Test
    void aFeatureHasTheIncidentsIdPointAndProperties() {
        Incident khasham = shipped().stream().filter(i -> i.id().equals("battle-of-khasham-2018")).findFirst().orElseThrow();

        ObjectNode feature = IncidentGeoJson.feature(khasham);

        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("id").asString()).isEqualTo("battle-of-khasham-2018");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        JsonNode properties = feature.get("properties");
        assertThat(properties.get("category").asString()).isEqualTo("ground-clash");
        assertThat(properties.get("siteId").asString()).isEqualTo("conoco");
        assertThat(properties.get("date").get("start").asString()).isEqualTo("2018-02-07");
        assertThat(properties.get("casualties").get("civilians").isNull()).isTrue();
        assertThat(properties.get("location").get("uncertaintyMetres").isIntegralNumber()).isTrue();
    }

    @Test
    void aFeatureTreeIsReadAsItsTextIsReadAndRefusedWithTheSameMessage() {
        for (Incident incident : shipped()) {
            ObjectNode feature = IncidentGeoJson.feature(incident);
            assertThat(IncidentGeoJson.read("incident", feature, siteIds())).isEqualTo(incident)
                    .isEqualTo(IncidentGeoJson.read("incident", feature.toString(), siteIds()));
        }
        ObjectNode broken = IncidentGeoJson.feature(shipped().getFirst());
        ((ObjectNode) broken.get("properties")).put("title", " ");
        ((ObjectNode) broken.get("properties").get("date")).put("end", "2001-01-01");
        String fromText = catchThrowableOfType(GeodataException.class,
                () -> IncidentGeoJson.read("incident", broken.toString(), siteIds())).getMessage();
        assertThat(catchThrowableOfType(GeodataException.class,
                () -> IncidentGeoJson.read("incident", broken, siteIds()))).hasMessage(fromText);
        ((ObjectNode) broken.get("properties")).put("title", "A title").put("siteId", "nowhere");
        assertThat(catchThrowableOfType(GeodataException.class, () -> IncidentGeoJson.read("incident", broken, Set.of())))
                .hasMessageContaining("siteId").hasMessageContaining("nowhere");
    }

    @Test
    void noIncidentsMakeAnEmptyCollection() {
        ObjectNode collection = IncidentGeoJson.collection(List.of());

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isEmpty()).isTrue();
    }

    private static List<Incident> shipped() {
        return new IncidentReader(siteIds()).read(new FeatureCollectionReader()
                .read(IncidentReader.FILE, resource("geodata/" + IncidentReader.FILE), IncidentReader.NAME_FIELD));
    }

    private static List<Incident> read(String geoJson) {
        InputStream in = new ByteArrayInputStream(geoJson.getBytes(StandardCharsets.UTF_8));
        return new IncidentReader(siteIds())
                .read(new FeatureCollectionReader().read(IncidentReader.FILE, in, IncidentReader.NAME_FIELD));
    }

    private static Set<String> siteIds() {
        return new FeatureCollectionReader().read("sites.geojson", resource("geodata/sites.geojson"), "name").stream()
                .map(GeoJsonFeature::id).collect(Collectors.toSet());
    }

    private static InputStream resource(String name) {
        return IncidentGeoJsonTest.class.getClassLoader().getResourceAsStream(name);
    }
}
