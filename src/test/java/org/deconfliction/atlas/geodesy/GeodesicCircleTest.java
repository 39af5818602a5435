package org.deconfliction.atlas.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class GeodesicCircleTest {

    private static final Point AL_TANF = Wgs84.point(38.61778, 33.50583);

    @Test
    void everyVertexLiesAtTheRadiusAlongTheEllipsoid() {
        Polygon circle = GeodesicCircle.around(AL_TANF, 55_000);

        assertThat(circle.getExteriorRing().getNumPoints()).isEqualTo(GeodesicCircle.DEFAULT_VERTICES + 1);
        for (Coordinate c : circle.getCoordinates()) {
            assertThat(GeodesicDistance.between(AL_TANF.getX(), AL_TANF.getY(), c.x, c.y)).isCloseTo(55_000, within(0.001));
        }
    }

    @Test
    void isACounterClockwiseRingAroundTheCentre() {
        Polygon circle = GeodesicCircle.around(AL_TANF, 55_000, 64);

        assertThat(circle.contains(AL_TANF)).isTrue();
        assertThat(Orientation.isCCW(circle.getExteriorRing().getCoordinates())).isTrue();
        assertThat(circle.getSRID()).isEqualTo(Wgs84.SRID);
    }

    @Test
    void isWiderInDegreesOfLongitudeThanOfLatitudeAwayFromTheEquator() {
        // At 33.5° N a degree of longitude is about 0.83 of a degree of latitude, so the circle is wider in degrees.
        Polygon circle = GeodesicCircle.around(AL_TANF, 55_000);

        double width = circle.getEnvelopeInternal().getWidth();
        double height = circle.getEnvelopeInternal().getHeight();
        assertThat(width / height).isCloseTo(1.0 / Math.cos(Math.toRadians(33.5)), within(0.01));
    }

    @Test
    void refusesARadiusThatIsNotPositive() {
        assertThatThrownBy(() -> GeodesicCircle.around(AL_TANF, 0)).hasMessageContaining("radius must be a positive number of metres");
        assertThatThrownBy(() -> GeodesicCircle.around(AL_TANF, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
