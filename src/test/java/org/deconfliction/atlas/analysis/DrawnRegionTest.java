package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.StringJoiner;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class DrawnRegionTest {

    @Test
    void aPolygonsEdgesFollowTheMercatorStraightLinesTheyWereDrawnAs() {
        // A long diagonal edge from near Palmyra to near Hasakah, drawn on the Web Mercator map.
        DrawnRegion region = DrawnRegion.polygon("POLYGON ((38.3 34.5, 40.7 36.5, 38.3 36.5, 38.3 34.5))");
        GeodesicLineDistance outline = new GeodesicLineDistance(
                Densifier.densify(region.outline(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        double worst = 0;
        for (int i = 0; i <= 100; i++) {
            double f = i / 100.0;
            double lon = 38.3 + f * (40.7 - 38.3);
            double lat = WebMercatorEdges.latitude(WebMercatorEdges.northing(34.5)
                    + f * (WebMercatorEdges.northing(36.5) - WebMercatorEdges.northing(34.5)));
            worst = Math.max(worst, outline.metres(lon, lat));
        }
        assertThat(worst).isLessThan(50.0).isLessThan(2.0);
        // Undensified, the straight longitude/latitude chord strays far more than 50 m from the drawn edge.
        GeodesicLineDistance chord = new GeodesicLineDistance(ReferenceFixtures.wkt("LINESTRING (38.3 34.5, 40.7 36.5)"));
        double middleLat = WebMercatorEdges.latitude((WebMercatorEdges.northing(34.5) + WebMercatorEdges.northing(36.5)) / 2);
        assertThat(chord.metres(39.5, middleLat)).isGreaterThan(50.0);
    }

    @Test
    void aRectangleIsBoundedByMeridiansAndParallels() {
        DrawnRegion region = DrawnRegion.rectangle(38, 35, 40, 36);
        assertThat(region.wkt()).isEqualTo("POLYGON ((38 35, 38 36, 40 36, 40 35, 38 35))");
        assertThat(region.answer(ReferenceFixtures.point(39, 35.999), 0)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(region.answer(ReferenceFixtures.point(39, 36.001), 0)).isEqualTo(SpatialAnswer.OUTSIDE);
        // 0.001° of latitude is about 111 m; the parallel 36°N is the edge, not the geodesic between the corners.
        assertThat(region.answer(ReferenceFixtures.point(39, 35.999), 100)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(region.answer(ReferenceFixtures.point(39, 35.999), 120)).isEqualTo(SpatialAnswer.UNCERTAIN);
        assertThat(region.answer(ReferenceFixtures.point(39, 36.001), 120)).isEqualTo(SpatialAnswer.UNCERTAIN);
        assertThat(region.answer(ReferenceFixtures.point(39, 35.5), 50_000)).isEqualTo(SpatialAnswer.INSIDE);
    }

    @Test
    void aBowTieIsRepairedIntoItsTwoTriangles() {
        DrawnRegion region = DrawnRegion.polygon("POLYGON ((38 35, 40 36, 40 35, 38 36, 38 35))");
        assertThat(region.outline()).isInstanceOf(MultiPolygon.class);
        assertThat(region.outline().getNumGeometries()).isEqualTo(2);
        assertThat(region.outline().isValid()).isTrue();
        assertThat(region.answer(ReferenceFixtures.point(38.3, 35.5), 0)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(region.answer(ReferenceFixtures.point(39, 35.9), 0)).isEqualTo(SpatialAnswer.OUTSIDE);
    }

    @Test
    void badInputIsRefusedWithTheProblemNamed() {
        assertThatThrownBy(() -> DrawnRegion.polygon("POLYGON ((38 35, 40 36, 40 35))"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> DrawnRegion.polygon("POLYGON ((38 35, 40 35, 39 35, 38 35))"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("encloses no area");
        assertThatThrownBy(() -> DrawnRegion.polygon("LINESTRING (38 35, 40 36)"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("must be WKT POLYGON, was LineString");
        assertThatThrownBy(() -> DrawnRegion.polygon("POLYGON ((38 95, 40 36, 40 35, 38 95))"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("off the map");
        assertThatThrownBy(() -> DrawnRegion.polygon("not wkt"))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> DrawnRegion.circle(38, 35, 0)).isInstanceOf(InvalidRegionException.class);
        assertThatThrownBy(() -> DrawnRegion.rectangle(40, 35, 38, 36)).isInstanceOf(InvalidRegionException.class);
        assertThatThrownBy(() -> DrawnRegion.lineBuffer("LINESTRING (38 35, 39 35)", -1))
                .isInstanceOf(InvalidRegionException.class);
        assertThatThrownBy(() -> DrawnRegion.lineBuffer("LINESTRING (38 35, 38 35)", 5))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("two different points");
    }

    @Test
    void moreThanTenThousandVerticesAreRefused() {
        StringJoiner ring = new StringJoiner(", ", "POLYGON ((", "))");
        int n = 10_001;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            ring.add((39 + Math.cos(angle)) + " " + (35 + Math.sin(angle)));
        }
        ring.add("40.0 35.0");
        assertThatThrownBy(() -> DrawnRegion.polygon(ring.toString()))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessage("the drawn region has 10,002 vertices; at most 10,000 are accepted");
    }

    @Test
    void aCircleIsAnsweredByGeodesicDistanceFromItsCentre() {
        DrawnRegion circle = DrawnRegion.circle(40.14, 35.335, 20_000);
        GeodesicData in = Geodesic.WGS84.Direct(35.335, 40.14, 33, 19_990);
        GeodesicData out = Geodesic.WGS84.Direct(35.335, 40.14, 33, 20_010);
        assertThat(circle.answer(ReferenceFixtures.point(in.lon2, in.lat2), 0)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(circle.answer(ReferenceFixtures.point(out.lon2, out.lat2), 0)).isEqualTo(SpatialAnswer.OUTSIDE);
        assertThat(circle.answer(ReferenceFixtures.point(in.lon2, in.lat2), 20)).isEqualTo(SpatialAnswer.UNCERTAIN);
        assertThat(circle.outline().getNumPoints()).isEqualTo(361);
    }

    @Test
    void aLineBufferHoldsWhatIsWithinItsWidthAndItsOutlineIsClose() {
        String wkt = "LINESTRING (38.6 35.85, 39.5 35.6, 40.14 35.33, 40.9 34.45)";
        DrawnRegion buffer = DrawnRegion.lineBuffer(wkt, 10);
        GeodesicLineDistance line = new GeodesicLineDistance(DrawnGeometryReader.line(wkt));
        for (Coordinate vertex : buffer.outline().getCoordinates()) {
            assertThat(line.metres(vertex.x, vertex.y)).isCloseTo(10_000, within(10.0));
        }
        // Straight on beyond the last vertex, where the nearest point of the line is that vertex.
        double onwards = Geodesic.WGS84.Inverse(35.33, 40.14, 34.45, 40.9).azi2;
        GeodesicData near = Geodesic.WGS84.Direct(34.45, 40.9, onwards, 9_900);
        GeodesicData far = Geodesic.WGS84.Direct(34.45, 40.9, onwards, 10_100);
        assertThat(buffer.answer(ReferenceFixtures.point(near.lon2, near.lat2), 0)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(buffer.answer(ReferenceFixtures.point(far.lon2, far.lat2), 0)).isEqualTo(SpatialAnswer.OUTSIDE);
        assertThat(buffer.answer(ReferenceFixtures.point(far.lon2, far.lat2), 500)).isEqualTo(SpatialAnswer.UNCERTAIN);
        assertThat(buffer.answer(ReferenceFixtures.point(39.5, 35.6), 5_000)).isEqualTo(SpatialAnswer.INSIDE);
    }

    @Test
    void theOutlineRoundTripsThroughWkt() {
        DrawnRegion region = DrawnRegion.polygon("POLYGON ((38 35, 38 36, 39 36, 38 35))");
        Geometry back = ReferenceFixtures.wkt(region.wkt());
        assertThat(back.equalsExact(region.outline(), 1e-12)).isTrue();
        assertThat(back.getCoordinates()).contains(new Coordinate(38, 35), new Coordinate(39, 36));
    }
}
