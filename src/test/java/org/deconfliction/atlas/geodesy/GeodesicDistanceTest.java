package org.deconfliction.atlas.geodesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeodesicDistanceTest {

    @Test
    void matchesAPublishedEllipsoidalDistance() {
        // Along the equator one degree of longitude is an arc of the equatorial circle: a * π / 180 with
        // a = 6378137 m, i.e. 111319.4908 m.
        assertThat(GeodesicDistance.between(0, 0, 1, 0)).isCloseTo(111_319.4908, within(0.001));
    }

    @Test
    void aDegreeOfLatitudeIsTheMeridianArcOfTheEllipsoid() {
        // Expected values integrate the WGS84 meridian radius of curvature a(1-e²)/(1-e² sin²φ)^1.5 numerically,
        // independently of GeographicLib: 110574.389 m from 0° to 1° N, 111693.177 m from 88° to 89° N.
        assertThat(GeodesicDistance.between(40, 0, 40, 1)).isCloseTo(110_574.389, within(0.01));
        assertThat(GeodesicDistance.between(40, 88, 40, 89)).isCloseTo(111_693.177, within(0.01));
    }
}
