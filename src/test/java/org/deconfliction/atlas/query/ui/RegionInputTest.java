package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.InvalidRegionException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** A region typed on the keyboard is read as a drawn one would be, and a typo is named with where it is. */
class RegionInputTest {

    @Test
    void cornersAreLatitudeLongitudePairsAndTheRingIsClosed() throws Exception {
        DrawnShape shape = RegionInput.read("35.1, 40.1; 35.4, 40.1; 35.4, 40.6");

        assertThat(shape.shape()).isEqualTo("Polygon");
        DrawnRegion region = shape.toRegion(10);
        assertThat(region.drawn().norm().equalsExact(
                new WKTReader().read("POLYGON ((40.1 35.1, 40.1 35.4, 40.6 35.4, 40.1 35.1))").norm())).isTrue();
    }

    @Test
    void aCircleIsLatitudeLongitudeAndKilometresAndWktIsLongitudeFirst() throws Exception {
        DrawnRegion circle = RegionInput.read("circle 35.3, 40.2, 15").toRegion(10);
        assertThat(circle.kind()).isEqualTo(DrawnRegion.Kind.CIRCLE);
        assertThat(circle.metres()).isEqualTo(15_000);
        assertThat(circle.drawn().equalsExact(new WKTReader().read("POINT (40.2 35.3)"))).isTrue();

        assertThat(RegionInput.read("POLYGON ((40 35, 41 35, 41 36, 40 35))").shape()).isEqualTo("Polygon");
        DrawnRegion line = RegionInput.read("LINESTRING (40 35, 40.5 35.2)").toRegion(12);
        assertThat(line.kind()).isEqualTo(DrawnRegion.Kind.LINE_BUFFER);
        assertThat(line.metres()).isEqualTo(12_000);
    }

    @Test
    void eachProblemIsNamedWithWhereItIs() {
        assertThatThrownBy(() -> RegionInput.read("35.1, 40.1; 35.4; 35.4, 40.6"))
                .isInstanceOf(InvalidRegionException.class).hasMessage("corner 2 needs latitude and longitude, got 1 numbers ('35.4')");
        assertThatThrownBy(() -> RegionInput.read("35.1, 40.1; 95, 40.1; 35.4, 40.6"))
                .hasMessage("corner 2: latitude must be within ±90 and longitude within ±180, was 95.0, 40.1");
        assertThatThrownBy(() -> RegionInput.read("35.1, 40.1; 35.4, 0x1p3; 35.4, 40.6"))
                .hasMessage("corner 2: '0x1p3' is not a decimal number");
        assertThatThrownBy(() -> RegionInput.read("35.1, 40.1; 35.4, 40.1"))
                .hasMessage("a region needs at least 3 corners separated by ';', got 2");
        assertThatThrownBy(() -> RegionInput.read("circle 35.3, 40.2"))
                .hasMessage("a circle needs latitude, longitude and radius in km, got 2 numbers");
        assertThatThrownBy(() -> RegionInput.read("POINT (40 35)")).hasMessage("typed WKT must be a POLYGON or a LINESTRING, was Point");
        assertThatThrownBy(() -> RegionInput.read("  ")).hasMessage("nothing was typed");
        assertThatThrownBy(() -> RegionInput.read("circle 35.3, 40.2, 0").toRegion(10)).hasMessageContaining("a radius above zero");
    }

    @Test
    void theFieldShowsTheProblemAndReportsOnlyUsableRegions() {
        RegionInput input = new RegionInput(() -> 10);
        List<DrawnShape> reported = new ArrayList<>();
        input.addRegionListener(reported::add);

        input.field().setValue("POLYGON ((1 2, 3 4))");
        input.submit(10);

        assertThat(input.field().isInvalid()).isTrue();
        assertThat(input.field().getErrorMessage()).startsWith("This region cannot be used: ");
        assertThat(reported).isEmpty();

        input.field().setValue("35.1, 40.1; 35.4, 40.1; 35.4, 40.6");
        input.submit(10);

        assertThat(input.field().isInvalid()).isFalse();
        assertThat(reported).hasSize(1);
    }
}
