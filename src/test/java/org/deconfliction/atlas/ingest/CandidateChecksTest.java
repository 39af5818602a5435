package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

    @Test
    void anIdMetAgain400000RowsLaterIsRefusedNamingBothLinesAndOtherIdsPass() {
        try (CandidateChecks checks = new CandidateChecks(LocalDate.of(2026, 1, 1))) {
            for (int line = 2; line <= 400_001; line++) {
                assertThat(checks.firstUse(line, "event_id_cnty", "SYR" + line)).isNull();
            }
            assertThat(checks.firstUse(400_002, "event_id_cnty", "SYR3")).isEqualTo(new Rejection(400_002,
                    "event_id_cnty", "SYR3", "duplicate id within the file (first on line 3)"));
            assertThat(checks.firstUse(400_003, "event_id_cnty", "SYR400001").reason()).endsWith("(first on line 400001)");
            assertThat(checks.firstUse(400_004, "event_id_cnty", "SYR3").reason()).endsWith("(first on line 3)");
            assertThat(checks.firstUse(400_005, "event_id_cnty", "SYR400002")).isNull();
        }
    }
}
