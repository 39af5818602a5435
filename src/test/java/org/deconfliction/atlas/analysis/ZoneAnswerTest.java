package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.deconfliction.atlas.geodata.GeoJsonFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;

/** The 55 km al-Tanf deconfliction zone, probed 150 m either side of its edge along several azimuths. */
class ZoneAnswerTest {

    private static final GeoJsonFeature AL_TANF = ReferenceFixtures.feature("zones.geojson", "al-tanf-deconfliction-zone");
    private static final Point CENTRE = (Point) AL_TANF.geometry();
    private static final double RADIUS = AL_TANF.properties().positiveNumber("radiusMetres");
    private final DrawnRegion zone = DrawnRegion.circle(CENTRE.getX(), CENTRE.getY(), RADIUS);

    @ParameterizedTest(name = "azimuth {0}°")
    @ValueSource(doubles = {0, 37, 90, 135, 180, 222.5, 270, 315, 359})
    void insideAt54_85KmAndOutsideAt55_15Km(double azimuth) {
        assertThat(RADIUS).isEqualTo(55_000);
        assertThat(zone.answer(at(azimuth, 54_850), 0)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(zone.answer(at(azimuth, 55_150), 0)).isEqualTo(SpatialAnswer.OUTSIDE);
        assertThat(zone.answer(at(azimuth, 54_850), 100)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(zone.answer(at(azimuth, 54_850), 200)).isEqualTo(SpatialAnswer.UNCERTAIN);
        assertThat(zone.answer(at(azimuth, 55_150), 200)).isEqualTo(SpatialAnswer.UNCERTAIN);
        // The drawn 360-gon lies within 2 m of the circle, so it agrees at ±150 m too.
        assertThat(zone.outline().covers(at(azimuth, 54_850))).isTrue();
        assertThat(zone.outline().covers(at(azimuth, 55_150))).isFalse();
    }

    private static Point at(double azimuth, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(CENTRE.getY(), CENTRE.getX(), azimuth, metres);
        return ReferenceFixtures.point(d.lon2, d.lat2);
    }
}
