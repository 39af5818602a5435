package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.SourceReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How {@code incidents.geojson} is read: a valid incident becomes a record, and every kind of bad input is refused by name. */
class IncidentReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VALID = """
            {
              "type": "Feature",
              "id": "battle-of-khasham-2018",
              "geometry": {"type": "Point", "coordinates": [40.30944, 35.33611]},
              "properties": {
                "title": "Battle of Khasham",
                "summary": "Pro-government forces and Wagner contractors attacked the SDF and US position at the Conoco gas field.",
                "category": "ground-clash",
                "actors": {"sideA": ["US forces", "SDF"], "sideB": ["Wagner Group", "Syrian pro-government forces"]},
                "opponent": "russia",
                "casualties": {
                  "sideA": {"killed": null, "wounded": {"min": 1, "max": 1}},
                  "sideB": {"killed": {"min": 100, "max": 300}, "wounded": null},
                  "civilians": null,
                  "note": "Estimates of the attackers' dead vary widely."
                },
                "place": "Conoco gas field, Deir ez-Zor Governorate",
                "siteId": "conoco",
                "location": {"precision": "exact", "uncertaintyMetres": 2000},
                "date": {"precision": "range", "start": "2018-02-07", "end": "2018-02-08", "note": null},
                "timeOfDay": "22:00",
                "country": "SY",
                "sources": [{"title": "Battle of Khasham", "publisher": "Wikipedia", "seed": "012_0123456789abcdef.txt"}],
                "disagreements": ["The number of Russian contractors killed."]
              }
            }
            """;

    @Test
    void aValidIncidentBecomesARecord() {
        Incident incident = read(feature()).getFirst();

        assertThat(incident.id()).isEqualTo("battle-of-khasham-2018");
        assertThat(incident.title()).isEqualTo("Battle of Khasham");
        assertThat(incident.category()).isEqualTo(IncidentCategory.GROUND_CLASH);
        assertThat(incident.opponent()).isEqualTo(Opponent.RUSSIA);
        assertThat(incident.actors().sideB()).containsExactly("Wagner Group", "Syrian pro-government forces");
        assertThat(incident.casualties().sideA()).isEqualTo(new CasualtyCount(null, new Range(1, 1)));
        assertThat(incident.casualties().sideB().killed()).isEqualTo(new Range(100, 300));
        assertThat(incident.casualties().civilians()).isNull();
        assertThat(incident.siteId()).isEqualTo("conoco");
        assertThat(incident.location().getX()).isEqualTo(40.30944);
        assertThat(incident.location().getY()).isEqualTo(35.33611);
        assertThat(incident.uncertainty().precision()).isEqualTo(LocationPrecision.EXACT);
        assertThat(incident.uncertainty().radiusMetres()).isEqualTo(2000);
        assertThat(incident.date()).isEqualTo(new IncidentDate(DatePrecision.RANGE,
                LocalDate.of(2018, 2, 7), LocalDate.of(2018, 2, 8), null));
        assertThat(incident.timeOfDay()).isEqualTo(LocalTime.of(22, 0));
        assertThat(incident.country()).isEqualTo("SY");
        assertThat(incident.sources()).containsExactly(
                new SourceReference("Battle of Khasham", "Wikipedia", "012_0123456789abcdef.txt"));
        assertThat(incident.disagreements()).hasSize(1);
    }

    @Test
    void nullSiteTimeAndNotesAreAllowed() {
        ObjectNode feature = feature();
        set(feature, "siteId", "null");
        set(feature, "timeOfDay", "null");
        set(feature, "casualties.note", "null");

        Incident incident = read(feature).getFirst();

        assertThat(incident.siteId()).isNull();
        assertThat(incident.timeOfDay()).isNull();
        assertThat(incident.casualties().note()).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            date.start       | "2019-02-30"                 | field 'date.start' is not a date that exists
            date.start       | "2019-13-01"                 | field 'date.start' is not a date that exists
            date.start       | "7 Feb 2018"                 | field 'date.start' must be a date written YYYY-MM-DD
            date.end         | "2018-2-8"                   | field 'date.end' must be a date written YYYY-MM-DD
            date.start       | null                         | field 'date.start' is missing
            date.precision   | "week"                       | field 'date.precision' is 'week', which is not one of [day, month, range]
            date.precision   | "day"                        | field 'date.end' must equal date.start
            date.end         | "2018-02-07"                 | field 'date.end' must be after date.start
            date.end         | "2018-02-01"                 | field 'date.end' must be after date.start
            date.precision   | "month"                      | field 'date.start' must be the first day of a month
            category         | "tank-battle"                | field 'category' is 'tank-battle', which is not one of
            opponent         | "wagner"                     | field 'opponent' is 'wagner', which is not one of
            sources          | null                         | field 'sources' is missing
            sources          | []                           | field 'sources' must name at least one source document
            sources          | [{"title": "t", "seed": "khasham.txt"}] | field 'sources[0].seed' must be a source document file name
            siteId           | "conoco-gas-plant"           | field 'siteId' is 'conoco-gas-plant', which is not the id of any site
            casualties.sideB.killed | {"min": 300, "max": 100} | field 'casualties.sideB.killed' has min 300 greater than max 100
            casualties.sideA.wounded | {"min": -1, "max": 1}  | field 'casualties.sideA.wounded.min' must be a whole number of zero or more
            casualties.sideA.wounded | {"min": 1}             | field 'casualties.sideA.wounded.max' is missing
            timeOfDay        | "24:00"                      | field 'timeOfDay' must be a time of day written HH:MM
            timeOfDay        | "7:30"                       | field 'timeOfDay' must be a time of day written HH:MM
            timeOfDay        | "22:00:00"                   | field 'timeOfDay' must be a time of day written HH:MM
            actors.sideB     | []                           | field 'actors.sideB' must name at least one force
            country          | "Syria"                      | field 'country' must be a two-letter ISO 3166-1 code
            location.uncertaintyMetres | 0                  | field 'location.uncertaintyMetres' must be a number greater than zero
            """)
    void aBadValueIsRefusedNamingFileIncidentAndField(String field, String json, String expected) {
        ObjectNode feature = feature();
        set(feature, field, json);

        assertThatThrownBy(() -> read(feature))
                .isInstanceOf(GeodataException.class)
                .hasMessageStartingWith("incidents.geojson, feature 'battle-of-khasham-2018': ")
                .hasMessageContaining(expected);
    }

    @Test
    void aMonthMustEndOnItsLastDay() {
        ObjectNode feature = feature();
        set(feature, "date.precision", "\"month\"");
        set(feature, "date.start", "\"2019-02-01\"");
        set(feature, "date.end", "\"2019-03-01\"");

        assertThatThrownBy(() -> read(feature))
                .hasMessage("incidents.geojson, feature 'battle-of-khasham-2018': field 'date.end' must be the last day "
                        + "of the month of date.start (2019-02-28) when the precision is month, was 2019-03-01");
    }

    @Test
    void anIncidentMustBeAPoint() {
        ObjectNode feature = feature();
        feature.set("geometry", JSON.readTree("{\"type\": \"LineString\", \"coordinates\": [[40.3, 35.3], [40.4, 35.4]]}"));

        assertThatThrownBy(() -> read(feature))
                .hasMessage("incidents.geojson, feature 'battle-of-khasham-2018': field 'geometry' must be a Point, was LineString");
    }

    @Test
    void anIncidentWithoutTitleIsRefused() {
        ObjectNode feature = feature();
        set(feature, "title", "\" \"");

        assertThatThrownBy(() -> read(feature))
                .hasMessageStartingWith("incidents.geojson, feature 'battle-of-khasham-2018': has no title");
    }

    @Test
    void twoIncidentsWithOneIdAreRefused() {
        assertThatThrownBy(() -> read(feature(), feature()))
                .hasMessage("incidents.geojson, feature 'battle-of-khasham-2018': the id is used by more than one feature");
    }

    @Test
    void anIdThatIsNotASlugIsRefused() {
        ObjectNode feature = feature();
        feature.put("id", "Battle of Khasham");

        assertThatThrownBy(() -> read(feature))
                .hasMessageStartingWith("incidents.geojson, feature 'Battle of Khasham': the id must be lower-case");
    }

    private static ObjectNode feature() {
        return (ObjectNode) JSON.readTree(VALID);
    }

    /** Sets the property at a dotted path below {@code properties} to a JSON value. */
    private static void set(ObjectNode feature, String path, String json) {
        String[] names = path.split("\\.");
        ObjectNode parent = (ObjectNode) feature.get("properties");
        for (int i = 0; i < names.length - 1; i++) {
            parent = (ObjectNode) parent.get(names[i]);
        }
        JsonNode value = JSON.readTree(json);
        parent.set(names[names.length - 1], value);
    }

    private static List<Incident> read(ObjectNode... features) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode array = collection.putArray("features");
        for (ObjectNode feature : features) {
            array.add(feature);
        }
        byte[] bytes = JSON.writeValueAsString(collection).getBytes(StandardCharsets.UTF_8);
        return new IncidentReader(Set.of("conoco", "al-omar"))
                .read(new FeatureCollectionReader().read(IncidentReader.FILE, new ByteArrayInputStream(bytes), IncidentReader.NAME_FIELD));
    }
}
