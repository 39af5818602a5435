package org.deconfliction.atlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped geodata files, as packaged into the application, against their JSON Schemas (draft 2020-12). The
 * validator reads JSON with Jackson 2, which it depends on; the application itself uses Jackson 3.
 */
class ShippedGeodataSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyIncidentFollowsTheIncidentSchema() {
        List<JsonNode> features = features("incidents.geojson");

        assertThat(features).hasSize(63);
        assertThat(problemsById(schema("incident"), features)).isEmpty();
    }

    @Test
    void everySiteFollowsTheSiteSchema() {
        List<JsonNode> features = features("sites.geojson");

        assertThat(features).hasSizeGreaterThanOrEqualTo(20);
        assertThat(problemsById(schema("site"), features)).isEmpty();
    }

    @Test
    void theIncidentSchemaRejectsABadIncident() {
        ObjectNode bad = (ObjectNode) features("incidents.geojson").getFirst().deepCopy();
        ObjectNode properties = (ObjectNode) bad.get("properties");
        properties.put("category", "tank-battle");
        ((ObjectNode) properties.get("date")).put("start", "4 July 2014");
        properties.putArray("sources");
        ((ObjectNode) bad.get("geometry")).putArray("coordinates").add(35.95).add(39.0);

        assertThat(schema("incident").validate(bad)).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString)
                .contains("$.properties.category", "$.properties.date.start", "$.properties.sources",
                        "$.geometry.coordinates[1]");
    }

    @Test
    void theSiteSchemaRejectsASiteWithoutKind() {
        ObjectNode bad = (ObjectNode) features("sites.geojson").getFirst().deepCopy();
        ((ObjectNode) bad.get("properties")).remove("kind");

        assertThat(schema("site").validate(bad)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("kind"));
    }

    private static Map<String, List<String>> problemsById(JsonSchema schema, List<JsonNode> features) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (JsonNode feature : features) {
            List<String> messages = schema.validate(feature).stream().map(ValidationMessage::getMessage).toList();
            if (!messages.isEmpty()) {
                problems.put(feature.path("id").asText(), messages);
            }
        }
        return problems;
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.getSchema(read("geodata/schema/" + name + ".schema.json"));
    }

    private static List<JsonNode> features(String file) {
        List<JsonNode> features = new ArrayList<>();
        read("geodata/" + file).get("features").forEach(features::add);
        return features;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ShippedGeodataSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
