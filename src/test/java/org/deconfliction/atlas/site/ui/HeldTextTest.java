package org.deconfliction.atlas.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.deconfliction.atlas.site.HeldPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeldTextTest {

    @ParameterizedTest(name = "{1}–{2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            SDF            | null       | null       | SDF (dates not given)
            SDF            | 2017-10    | null       | SDF (since Oct 2017)
            Russian forces | 2019-11-14 | null       | Russian forces (since 14 Nov 2019)
            ISIL           | null       | 2017       | ISIL (until 2017)
            ISIL           | 2014-06    | 2017-10-20 | ISIL (Jun 2014 – 20 Oct 2017)
            ISIL           | 2014-13    | null       | ISIL (since 2014-13)
            """)
    void aPeriodShowsOnlyTheBoundsTheSourcesGive(String by, String from, String to, String text) {
        assertThat(HeldText.period(new HeldPeriod(by, from, to, null))).isEqualTo(text);
    }
}
