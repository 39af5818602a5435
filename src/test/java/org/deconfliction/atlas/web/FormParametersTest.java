package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParametersTest {

    @Test
    void readsNamesAndValuesPercentDecodedAsUtf8WithPlusAsSpace() {
        Map<String, List<String>> parameters = FormParameters.parse("region=POLYGON+((40%2035%2C41%2035))&q=a%C3%A9&flag&&x=1&x=2");
        assertThat(parameters).containsEntry("region", List.of("POLYGON ((40 35,41 35))"))
                .containsEntry("q", List.of("aé")).containsEntry("flag", List.of("")).containsEntry("x", List.of("1", "2"));
    }

    @Test
    void malformedPercentEncodingIsRefusedNamingTheParameterAndWhere() {
        for (String query : List.of("bank=%ZZ", "bank=%", "bank=ab%4", "bank=%C0%AE", "bank=%FF%FE")) {
            assertThatThrownBy(() -> FormParameters.parse(query)).as(query)
                    .isInstanceOfSatisfying(MalformedRequestException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.parameter()).isEqualTo("bank");
                        assertThat(e.getMessage()).startsWith("Parameter 'bank' has a value");
                    });
        }
        assertThatThrownBy(() -> FormParameters.parse("bank=%ZZ")).hasMessageContaining("at character 1 ('%ZZ')");
        assertThatThrownBy(() -> FormParameters.parse("bank=%C0%AE")).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void anEmptyNameOrMoreThanAThousandParametersAreRefused() {
        assertThatThrownBy(() -> FormParameters.parse("=east"))
                .isInstanceOfSatisfying(MalformedRequestException.class, e -> assertThat(e.parameter()).isEmpty())
                .hasMessageContaining("empty name ('=east')");
        StringBuilder many = new StringBuilder("a0=0");
        for (int i = 1; i <= 1000; i++) {
            many.append("&a").append(i).append('=').append(i);
        }
        assertThatThrownBy(() -> FormParameters.parse(many.toString())).hasMessageContaining("more than 1,000 parameters");
        assertThat(FormParameters.parse(many.substring(0, many.lastIndexOf("&")))).hasSize(1000);
    }
}
