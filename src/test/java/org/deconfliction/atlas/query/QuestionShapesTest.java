package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.sf.geographiclib.Geodesic;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The area each question asks about, as drawn on the map: measured on the ellipsoid, not guessed from the answer. */
@SpringBootTest
class QuestionShapesTest {

    @Autowired
    QuestionShapes shapes;

    @Autowired
    SpatialAnalysis analysis;

    @Autowired
    SiteRepository sites;

    @Test
    void withinKilometresOfASiteIsTheGeodesicCircleAroundIt() {
        Point conoco = sites.findById("conoco").orElseThrow().location();

        Geometry circle = shapes.of(new SpatialCondition.NearSite("conoco", 15)).orElseThrow();

        assertThat(circle.getGeometryType()).isEqualTo("Polygon");
        assertThat(circle.contains(conoco)).isTrue();
        for (Coordinate c : circle.getCoordinates()) {
            double metres = Geodesic.WGS84.Inverse(conoco.getY(), conoco.getX(), c.y, c.x).s12;
            assertThat(metres).isCloseTo(15_000, within(0.01));
        }
    }

    @Test
    void withinKilometresOfTheRiverIsACorridorOnBothBanksWhoseEdgeIsThatFarFromTheRiver() {
        Geometry corridor = shapes.of(new SpatialCondition.NearRiver(5)).orElseThrow();

        assertThat(corridor.isValid()).isTrue();
        assertThat(corridor.intersects(analysis.eastBank())).isTrue();
        assertThat(corridor.intersects(analysis.westBank())).isTrue();
        Coordinate[] edge = corridor.getCoordinates();
        double[] fromRiver = Arrays.stream(edge, 0, edge.length)
                .mapToDouble(c -> analysis.distanceToRiverMetres(Wgs84.point(c.x, c.y))).toArray();
        // An outline for drawing: within 0.5 % of the width (membership is measured, not read from it).
        assertThat(Arrays.stream(fromRiver).min().orElseThrow()).isGreaterThan(4_975);
        assertThat(Arrays.stream(fromRiver).max().orElseThrow()).isLessThan(5_025);
    }

    @Test
    void aDrawnLineBufferIsItsBufferedAreaAndACircleItsGeodesicOutline() throws Exception {
        DrawnRegion buffer = DrawnRegion.lineBuffer("LINESTRING (40.0 35.0, 40.5 35.2)", 10);

        Geometry area = shapes.of(new SpatialCondition.InRegion(buffer)).orElseThrow();

        assertThat(area.getGeometryType()).isEqualTo("Polygon");
        assertThat(area.contains(new WKTReader().read("LINESTRING (40.0 35.0, 40.5 35.2)"))).isTrue();
        assertThat(area.getArea()).isGreaterThan(0.08);
        DrawnRegion circle = DrawnRegion.circle(40.1, 35.3, 20_000);
        assertThat(shapes.of(new SpatialCondition.InRegion(circle)).orElseThrow().equalsExact(circle.outline())).isTrue();
    }

    @Test
    void aBankIsItsHalfOfTheAreaAndNoConditionOrAnUnknownSiteHasNoShape() {
        assertThat(shapes.of(new SpatialCondition.OnBank(BankSide.EAST)).orElseThrow().equalsExact(analysis.eastBank())).isTrue();
        assertThat(shapes.of(null)).isEmpty();
        assertThat(shapes.of(new SpatialCondition.NearSite("nowhere", 5))).isEmpty();
    }
}
