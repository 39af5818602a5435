package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CasualtiesTest {

    @Test
    void theHighestKilledCountIsSummedOverAllSidesThatReportOne() {
        Casualties casualties = new Casualties(
                new CasualtyCount(null, new Range(1, 2)),
                new CasualtyCount(new Range(100, 300), null),
                new CasualtyCount(new Range(2, 4), new Range(5, 5)),
                null);

        assertThat(casualties.totalKilledMax()).isEqualTo(304);
    }

    @Test
    void unknownCasualtiesCountAsNone() {
        assertThat(new Casualties(null, new CasualtyCount(null, null), null, "Not reported.").totalKilledMax()).isZero();
    }

    @Test
    void aRangeNeverRunsBackwards() {
        assertThatThrownBy(() -> new Range(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Range(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Range(5, 5).label()).isEqualTo("5");
        assertThat(new Range(1, 2).label()).isEqualTo("1–2");
    }
}
