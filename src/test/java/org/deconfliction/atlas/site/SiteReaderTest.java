package org.deconfliction.atlas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.deconfliction.atlas.geodata.FeatureCollectionReader;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.junit.jupiter.api.Test;

class SiteReaderTest {

    private static final String CONOCO_PROPERTIES = """
            "name": "Conoco gas field", "alternateNames": ["Conoco outpost"], "kind": "oil-gas-field",
            "description": "Gas plant east of the Euphrates near Khasham.",
            "held": [{"by": "SDF with US forces", "from": "2017-09", "to": null, "note": null}],
            "location": {"precision": "exact", "uncertaintyMetres": 1500}, "country": "SY",
            "sources": [{"title": "Battle of Khasham", "seed": "000_5de0546176a6674a.txt"}]""";

    private static List<Site> read(String properties) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"conoco\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[40.2954,35.2753]},\"properties\":{" + properties + "}}]}";
        return new SiteReader().read(new FeatureCollectionReader()
                .read("sites.geojson", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "name"));
    }

    @Test
    void readsASiteWithItsKindHoldersAndSources() {
        Site conoco = read(CONOCO_PROPERTIES).getFirst();

        assertThat(conoco.kind()).isEqualTo(SiteKind.OIL_GAS_FIELD);
        assertThat(conoco.location().toText()).isEqualTo("POINT (40.2954 35.2753)");
        assertThat(conoco.uncertainty().precision()).isEqualTo(LocationPrecision.EXACT);
        assertThat(conoco.held()).containsExactly(new HeldPeriod("SDF with US forces", "2017-09", null, null));
        assertThat(conoco.sources()).singleElement().satisfies(s -> assertThat(s.seed()).isEqualTo("000_5de0546176a6674a.txt"));
    }

    @Test
    void refusesAnUnknownKind() {
        assertThatThrownBy(() -> read(CONOCO_PROPERTIES.replace("oil-gas-field", "refinery")))
                .hasMessageContaining("sites.geojson, feature 'conoco': field 'kind' is 'refinery', which is not one of "
                        + "[base, oil-gas-field, town, airbase, crossing]");
    }

    @Test
    void refusesAHeldPeriodWithAMalformedDate() {
        assertThatThrownBy(() -> read(CONOCO_PROPERTIES.replace("\"2017-09\"", "\"Sept 2017\"")))
                .hasMessageContaining("field 'held[0].from' must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void refusesASiteWithoutSources() {
        String withoutSources = CONOCO_PROPERTIES.substring(0, CONOCO_PROPERTIES.indexOf(", \"country\"")) + ", \"country\": \"SY\"";

        assertThatThrownBy(() -> read(withoutSources)).hasMessageContaining("feature 'conoco': field 'sources' is missing");
    }

    @Test
    void refusesACountryThatIsNotAnIsoCode() {
        assertThatThrownBy(() -> read(CONOCO_PROPERTIES.replace("\"SY\"", "\"Syria\"")))
                .hasMessageContaining("field 'country' must be a two-letter ISO 3166-1 code");
    }
}
