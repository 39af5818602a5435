package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateChecksTest {

    @ParameterizedTest(name = "\"{0}\" becomes the id part \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            SYR10001            | syr10001
            SYR 10-001          | syr-10-001
            '  --SYR__7--  '    | syr-7
            Khasham/Conoco #2   | khasham-conoco-2
            دير الزور 12         | 12
            ---                 | ''
            """)
    void anIdPartIsLowerCaseLettersAndDigitsJoinedBySingleHyphens(String text, String slug) {
        assertThat(CandidateChecks.slug(text)).isEqualTo(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
    }
}
