package org.deconfliction.atlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FeaturePropertiesTest {

    private static FeatureProperties properties(String json) {
        return new FeatureProperties("incidents.geojson", "khasham-2018", "", JsonMapper.builder().build().readTree(json));
    }

    @Test
    void readsADateThatExists() {
        assertThat(properties("{\"start\":\"2018-02-07\"}").date("start")).isEqualTo(LocalDate.of(2018, 2, 7));
    }

    @Test
    void refusesADateThatDoesNotExist() {
        assertThatThrownBy(() -> properties("{\"start\":\"2019-02-30\"}").date("start"))
                .hasMessage("incidents.geojson, feature 'khasham-2018': field 'start' is not a date that exists: '2019-02-30'");
    }

    @Test
    void namesTheFullPathOfANestedField() {
        FeatureProperties date = properties("{\"date\":{\"start\":\"7 Feb 2018\"}}").object("date");

        assertThatThrownBy(() -> date.date("start"))
                .hasMessage("incidents.geojson, feature 'khasham-2018': field 'date.start' must be a date written YYYY-MM-DD, was '7 Feb 2018'");
    }

    @Test
    void refusesAValueOutsideItsListNamingTheAllowedValues() {
        assertThatThrownBy(() -> properties("{\"precision\":\"street\"}")
                        .oneOf("precision", LocationPrecision.values(), LocationPrecision::code))
                .hasMessageContaining("field 'precision' is 'street', which is not one of [exact, town, district, region]");
    }

    @Test
    void requiresAtLeastOneSourceWithADocumentFileName() {
        assertThatThrownBy(() -> properties("{\"sources\":[]}").sources())
                .hasMessageContaining("field 'sources' must name at least one source document");
        assertThatThrownBy(() -> properties("{\"sources\":[{\"title\":\"Battle of Khasham\",\"seed\":\"khasham.txt\"}]}").sources())
                .hasMessageContaining("field 'sources[0].seed' must be a source document file name");
        assertThatThrownBy(() -> properties("{}").sources()).hasMessageContaining("field 'sources' is missing");
    }

    @Test
    void readsSourcesWithAndWithoutPublisher() {
        assertThat(properties("{\"sources\":[{\"title\":\"A\",\"seed\":\"003_206f8566f4ed835a.txt\",\"publisher\":\"Wikipedia\"},"
                        + "{\"title\":\"B\",\"seed\":\"000_5de0546176a6674a.txt\"}]}").sources())
                .containsExactly(
                        new SourceReference("A", "Wikipedia", "003_206f8566f4ed835a.txt"),
                        new SourceReference("B", null, "000_5de0546176a6674a.txt"));
    }
}
