package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrictWktTest {

    @Test
    void wellFormedWktPasses() {
        assertThatCode(() -> StrictWkt.check("POLYGON ((38 35, 40 36, 40 35, 38 35))")).doesNotThrowAnyException();
        assertThatCode(() -> StrictWkt.check(" polygon((38 35,40 36,40 35,38 35),(38.5 35.1, 39 35.2, 38.6 35.3, 38.5 35.1)) "))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictWkt.check("POLYGON EMPTY")).doesNotThrowAnyException();
        assertThatCode(() -> StrictWkt.check("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))")).doesNotThrowAnyException();
    }

    @Test
    void textAfterTheGeometryIsRefused() {
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((38 35, 40 36, 40 35, 38 35)) trailing"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("unexpected text after the end of the geometry: 'trailing'");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((38 35, 40 36, 40 35, 38 35)))"))
                .hasMessageContaining("unexpected text after the end of the geometry: ')'");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((38 35, 40 36, 40 35, 38 35)"))
                .hasMessageContaining("ends before its last ')'");
    }

    @Test
    void deepNestingIsRefusedBeforeAnyParserRecursesIntoIt() {
        String nested = "GEOMETRYCOLLECTION (".repeat(1500) + "POINT (1 2)" + ")".repeat(1500);
        assertThatThrownBy(() -> StrictWkt.check(nested)).hasMessageContaining("deeper than 4 levels");
        assertThatThrownBy(() -> DrawnRegion.polygon(nested)).isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("deeper than 4 levels");
    }

    @Test
    void zAndMCoordinatesAreRefusedNamingThem() {
        assertThatThrownBy(() -> StrictWkt.check("POLYGON Z ((38 35 1, 40 36 1, 40 35 1, 38 35 1))"))
                .hasMessageContaining("POLYGON Z has Z or M values");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON M ((38 35 1, 40 36 1, 40 35 1, 38 35 1))"))
                .hasMessageContaining("POLYGON M has Z or M values");
        assertThatThrownBy(() -> DrawnRegion.polygon("POLYGON ((38 35 1, 40 36 1, 40 35 1, 38 35 1))"))
                .hasMessageContaining("a coordinate has 3 numbers: Z or M values are not accepted");
    }

    @Test
    void numbersFollowTheStrictDecimalRule() {
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((0x1p3 35, 40 36, 40 35, 38 35))"))
                .hasMessageContaining("'0x1p3' is not a decimal number");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((38d 35, 40 36, 40 35, 38 35))")).hasMessageContaining("'38d'");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((NaN 35, 40 36, 40 35, 38 35))")).hasMessageContaining("'NaN'");
        assertThatThrownBy(() -> StrictWkt.check("POLYGON ((٣٨ 35, 40 36, 40 35, 38 35))")).hasMessageContaining("not a decimal");
    }
}
