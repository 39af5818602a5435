package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class EuphratesBankTest {

    private final EuphratesBank bank = ReferenceFixtures.bank();

    @ParameterizedTest(name = "{0} is on the west bank")
    @CsvSource({
            "Manbij, 37.95, 36.53",
            "Tabqa, 38.55, 35.84",
            "Deir ez-Zor city, 40.14, 35.335",
            "Mayadin, 40.45, 35.02",
            "Abu Kamal, 40.92, 34.45"})
    void westBankPlaces(String name, double lon, double lat) {
        assertThat(bank.side(lon, lat, 0)).isEqualTo(BankSide.WEST);
    }

    @ParameterizedTest(name = "{0} is on the east bank")
    @CsvSource({
            "Raqqa, 39.01, 35.95",
            "Kobani, 38.40, 36.89",
            "Khasham, 40.30, 35.28",
            "al-Omar field, 40.56, 35.05",
            "Qamishli, 41.23, 37.05",
            "Hasakah, 40.75, 36.50"})
    void eastBankPlaces(String name, double lon, double lat) {
        assertThat(bank.side(lon, lat, 0)).isEqualTo(BankSide.EAST);
    }

    /**
     * The Conoco gas plant is east of the river, but the point given for it in the issue (40.29, 35.27) lies about
     * 300 m south of the Euphrates as GSHHG draws it: that point is WEST, and any uncertainty of a town's or a
     * field's size makes it UNCERTAIN rather than a confident wrong bank.
     */
    @Test
    void theConocoPointOfTheIssueIsOnTheRiverEdge() {
        assertThat(bank.metresToDivide(40.29, 35.27)).isBetween(100.0, 500.0);
        assertThat(bank.side(40.29, 35.27, 0)).isEqualTo(BankSide.WEST);
        assertThat(bank.side(40.29, 35.27, 1_000)).isEqualTo(BankSide.UNCERTAIN);
    }

    @ParameterizedTest(name = "{0} is outside the area of interest")
    @CsvSource({"Amman, 35.93, 31.95", "Nicosia, 33.38, 35.18", "Erzurum, 41.27, 39.90", "Kuwait City, 47.98, 29.37"})
    void outsideTheArea(String name, double lon, double lat) {
        assertThat(bank.side(lon, lat, 0)).isEqualTo(BankSide.OUTSIDE_AREA);
        assertThat(bank.side(lon, lat, 50_000)).isEqualTo(BankSide.OUTSIDE_AREA);
    }

    @Test
    void anUncertaintyCircleReachingTheRiverGivesNoBank() {
        double toRiver = bank.metresToDivide(39.01, 35.95); // Raqqa lies a little north of the river
        assertThat(toRiver).isBetween(500.0, 5_000.0);
        assertThat(bank.side(39.01, 35.95, toRiver - 10)).isEqualTo(BankSide.EAST);
        assertThat(bank.side(39.01, 35.95, toRiver + 10)).isEqualTo(BankSide.UNCERTAIN);
    }

    /**
     * Points 2–5 km either side of the river at several places, made independently of the polygon halves: from a
     * river vertex along the geodesic at right angles to the river's local direction (GeographicLib Direct), left
     * facing downstream being east.
     */
    @ParameterizedTest(name = "vertex {0}, {1} m")
    @CsvSource({"100, 3000", "300, 2500", "500, 4000", "700, 3000", "900, 5000", "1100, 2000", "1250, 3000"})
    void offsetsFromTheRiverFallOnTheExpectedBank(int vertex, double metres) {
        LineString course = ReferenceFixtures.euphrates();
        Coordinate before = course.getCoordinateN(vertex - 3);
        Coordinate at = course.getCoordinateN(vertex);
        Coordinate after = course.getCoordinateN(vertex + 3);
        double downstream = Geodesic.WGS84.Inverse(before.y, before.x, after.y, after.x).azi1;
        GeodesicData left = Geodesic.WGS84.Direct(at.y, at.x, downstream - 90, metres);
        GeodesicData right = Geodesic.WGS84.Direct(at.y, at.x, downstream + 90, metres);
        assertThat(bank.side(left.lon2, left.lat2, 0)).as("left of downstream").isEqualTo(BankSide.EAST);
        assertThat(bank.side(right.lon2, right.lat2, 0)).as("right of downstream").isEqualTo(BankSide.WEST);
        assertThat(bank.side(left.lon2, left.lat2, metres + 100)).isEqualTo(BankSide.UNCERTAIN);
    }

    @Test
    void theHalvesPartitionTheAreaOfInterest() {
        assertThat(bank.eastHalf().union(bank.westHalf()).symDifference(bank.area()).getArea()).isLessThan(1e-9);
        assertThat(bank.eastHalf().intersection(bank.westHalf()).getArea()).isLessThan(1e-9);
        assertThat(bank.eastHalf().covers(ReferenceFixtures.point(EuphratesBank.EAST, EuphratesBank.NORTH))).isTrue();
        assertThat(bank.westHalf().covers(ReferenceFixtures.point(EuphratesBank.WEST, EuphratesBank.SOUTH))).isTrue();
    }

    @Test
    void theDivideRunsFromEdgeToEdgeThroughTheRiver() {
        LineString divide = bank.divide();
        assertThat(divide.getCoordinateN(0).y).isGreaterThan(EuphratesBank.NORTH);
        Coordinate end = divide.getCoordinateN(divide.getNumPoints() - 1);
        assertThat(end.x > EuphratesBank.EAST || end.y < EuphratesBank.SOUTH).as("ends beyond the south or east edge").isTrue();
        for (Coordinate vertex : ReferenceFixtures.euphrates().getCoordinates()) {
            assertThat(divide.distance(ReferenceFixtures.point(vertex.x, vertex.y))).isLessThan(1e-9);
        }
    }
}
