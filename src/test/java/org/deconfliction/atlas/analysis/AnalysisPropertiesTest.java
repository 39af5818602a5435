package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Properties over random points of the area of interest (jqwik). */
class AnalysisPropertiesTest {

    private final EuphratesBank bank = ReferenceFixtures.bank();

    @Property(tries = 2000)
    void everyPointOfTheAreaIsOnExactlyOneBank(
            @ForAll @DoubleRange(min = EuphratesBank.WEST, max = EuphratesBank.EAST, minIncluded = false, maxIncluded = false) double lon,
            @ForAll @DoubleRange(min = EuphratesBank.SOUTH, max = EuphratesBank.NORTH, minIncluded = false, maxIncluded = false) double lat) {
        var point = ReferenceFixtures.point(lon, lat);
        boolean east = bank.preparedEast().contains(point);
        boolean west = bank.preparedWest().contains(point);
        assertThat(east ^ west).as("in exactly one half").isTrue();
        assertThat(bank.side(lon, lat, 0)).isEqualTo(east ? BankSide.EAST : BankSide.WEST);
    }
}
