package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodata.SourceReference;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    private static final List<String> AWKWARD = Arrays.asList("plain", "a \"quoted\" word", "back\\slash", "two\nlines\r\tand",
            "bell\u0007 and \b\f", "دير الزور", "", null, "emoji \uD83D\uDE00 </script>");

    @Test
    void listColumnsAreTheTextJacksonWritesAndReadBackToTheSameValues() {
        assertThat(JsonColumns.strings(AWKWARD)).isEqualTo(GeoJsonEncoder.strings(AWKWARD).toString());
        assertThat(JsonColumns.strings(List.of())).isEqualTo("[]");
        assertThat(JsonColumns.strings(JsonColumns.strings(AWKWARD.subList(0, 7)))).isEqualTo(AWKWARD.subList(0, 7));
        List<SourceReference> sources = List.of(new SourceReference("SANA \"report\"", "cited by ACLED, National", null),
                new SourceReference("Reuters\n", null, "seed-1"), new SourceReference("دير الزور", "\\", ""));
        assertThat(JsonColumns.sources(sources)).isEqualTo(GeoJsonEncoder.sources(sources).toString());
        assertThat(JsonColumns.sources(JsonColumns.sources(sources))).isEqualTo(sources);
    }
}
