package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeodesicLineDistanceTest {

    /** A 300 km geodesic from near Raqqa to near Abu Kamal, drawn as one WKT segment. */
    private static final String LONG_SEGMENT = "LINESTRING (39.0 35.9, 41.0 34.3)";

    @ParameterizedTest(name = "{0} m at {1}° from the segment")
    @CsvSource({"1000, 90", "1000, -90", "10000, 90", "25000, -90", "50000, 90", "150000, -90"})
    void aPerpendicularOffsetFromTheMiddleOfALongSegmentMeasuresItsLength(double metres, double turn) {
        GeodesicData ab = Geodesic.WGS84.Inverse(35.9, 39.0, 34.3, 41.0);
        GeodesicLine line = Geodesic.WGS84.Line(35.9, 39.0, ab.azi1);
        GeodesicData middle = line.Position(ab.s12 / 2, GeodesicMask.ALL);
        GeodesicData offset = Geodesic.WGS84.Direct(middle.lat2, middle.lon2, middle.azi2 + turn, metres);

        GeodesicLineDistance distance = new GeodesicLineDistance(ReferenceFixtures.wkt(LONG_SEGMENT));

        assertThat(distance.metres(offset.lon2, offset.lat2)).isCloseTo(metres, within(1.0));
        assertThat(distance.isCloserThan(offset.lon2, offset.lat2, metres + 2)).isTrue();
        assertThat(distance.isCloserThan(offset.lon2, offset.lat2, metres - 2)).isFalse();
    }

    @Test
    void beyondAnEndTheDistanceIsTheGeodesicToThatEnd() {
        GeodesicLineDistance distance = new GeodesicLineDistance(ReferenceFixtures.wkt(LONG_SEGMENT));
        GeodesicData beyond = Geodesic.WGS84.Direct(34.3, 41.0, 150, 40_000);

        assertThat(distance.metres(beyond.lon2, beyond.lat2))
                .isCloseTo(Geodesic.WGS84.Inverse(beyond.lat2, beyond.lon2, 34.3, 41.0).s12, within(1e-3));
        assertThat(distance.metres(39.0, 35.9)).isCloseTo(0, within(1e-3));
    }

    @Test
    void aVertexOfAPolylineIsAtZeroAndItsNeighbourhoodAtTheGeodesicToIt() {
        GeodesicLineDistance distance = new GeodesicLineDistance(
                ReferenceFixtures.wkt("LINESTRING (38.0 36.0, 38.5 36.0, 38.5 36.5)"));
        // Inside the corner's reflex side the nearest point is the corner itself.
        GeodesicData outside = Geodesic.WGS84.Direct(36.0, 38.5, 135, 7_000);
        assertThat(distance.metres(outside.lon2, outside.lat2)).isCloseTo(7_000, within(1e-3));
        assertThat(distance.metres(38.5, 36.25)).isCloseTo(0, within(1e-3));
    }

    @Test
    void thePolygonBoundaryIsMeasuredFromInsideAndOutside() {
        GeodesicLineDistance distance = new GeodesicLineDistance(Densifier.densify(
                ReferenceFixtures.wkt("POLYGON ((38 35, 40 35, 40 36, 38 36, 38 35))"), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        // 35.5°N is a parallel; the nearest point of the western meridian edge is due west along the geodesic.
        double inside = distance.metres(38.1, 35.5);
        assertThat(inside).isCloseTo(Geodesic.WGS84.Inverse(35.5, 38.1, 35.5, 38.0).s12, within(5.0));
        assertThat(distance.isCloserThan(39.0, 35.5, 40_000)).isFalse();
        assertThat(distance.isCloserThan(39.0, 35.5, 60_000)).isTrue();
    }
}
