package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Properties over random points, items and regions in the area of interest (jqwik). */
class AnalysisPropertiesTest {

    private static final EuphratesBank BANK = ReferenceFixtures.bank();
    private static final GeodesicLineDistance RIVER = new GeodesicLineDistance(ReferenceFixtures.euphrates());
    private static final List<LocatedItem> ITEMS = syntheticItems(3_000, 42);
    private static final LocatedItemIndex INDEX = new LocatedItemIndex(ITEMS, item -> null);

    @Property(tries = 2000)
    void everyPointOfTheAreaIsOnExactlyOneBank(
            @ForAll @DoubleRange(min = EuphratesBank.WEST, max = EuphratesBank.EAST, minIncluded = false, maxIncluded = false) double lon,
            @ForAll @DoubleRange(min = EuphratesBank.SOUTH, max = EuphratesBank.NORTH, minIncluded = false, maxIncluded = false) double lat) {
        var point = ReferenceFixtures.point(lon, lat);
        boolean east = BANK.preparedEast().contains(point);
        boolean west = BANK.preparedWest().contains(point);
        assertThat(east ^ west).as("in exactly one half").isTrue();
        assertThat(BANK.side(lon, lat, 0)).isEqualTo(east ? BankSide.EAST : BankSide.WEST);
    }

    /** The STRtree and the flat-earth ranking never hide the nearest segment: same answer as trying every one. */
    @Property(tries = 300)
    void theDistanceToTheRiverIsTheLeastOverAllItsSegments(@ForAll("pointsNearTheRiver") Coordinate p) {
        LineString course = ReferenceFixtures.euphrates();
        double least = Double.POSITIVE_INFINITY;
        for (int i = 1; i < course.getNumPoints(); i++) {
            Coordinate a = course.getCoordinateN(i - 1);
            Coordinate b = course.getCoordinateN(i);
            GeodesicData ab = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x);
            least = Math.min(least, GeodesicIntercept.metres(p.x, p.y, a.x, a.y, b.x, b.y, ab.azi1, ab.azi2, ab.s12));
        }
        double measured = RIVER.metres(p.x, p.y);
        assertThat(measured).isCloseTo(least, within(1e-6));
        assertThat(RIVER.isCloserThan(p.x, p.y, measured * 1.0001 + 0.01)).isTrue();
        assertThat(RIVER.isCloserThan(p.x, p.y, measured * 0.9999 - 0.01)).isFalse();
    }

    /** The flat-earth screening distance is within 0.1 % (+1 m) of the geodesic up to 500 km: a third of its margin. */
    @Property(tries = 2000)
    void theScreeningDistanceIsWithinATenthOfAPercent(@ForAll("pointsNearTheRiver") Coordinate a,
            @ForAll("pointsNearTheRiver") Coordinate b) {
        double geodesic = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
        if (geodesic <= 500_000) {
            assertThat(EllipsoidScale.approximateMetres(a.x, a.y, b.x, b.y)).isCloseTo(geodesic, within(geodesic * 1e-3 + 1));
        }
    }

    /** The circle's flat-earth shortcut gives the answer of the exact geodesic distance. */
    @Property(tries = 2000)
    void aCircleAnswersAsItsGeodesicDistanceDoes(@ForAll("pointsNearTheRiver") Coordinate centre,
            @ForAll("pointsNearTheRiver") Coordinate p, @ForAll @DoubleRange(min = 1_000, max = 300_000) double radius,
            @ForAll @DoubleRange(min = 0, max = 20_000) double uncertainty) {
        double fromEdge = Geodesic.WGS84.Inverse(centre.y, centre.x, p.y, p.x).s12 - radius;
        SpatialAnswer expected = Math.abs(fromEdge) < uncertainty ? SpatialAnswer.UNCERTAIN
                : fromEdge <= 0 ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
        assertThat(new CircleMembership(centre.x, centre.y, radius).answer(p.x, p.y, uncertainty)).isEqualTo(expected);
    }

    @Property(tries = 150)
    void anIndexedRegionQueryEqualsTestingEveryItem(@ForAll("regions") DrawnRegion region) {
        RegionMatch indexed = INDEX.query(region);
        RegionMatch scanned = INDEX.scan(region);
        assertThat(indexed.inside()).containsExactlyInAnyOrderElementsOf(scanned.inside());
        assertThat(indexed.uncertain()).containsExactlyInAnyOrderElementsOf(scanned.uncertain());
    }

    @Property(tries = 80)
    void aRegionAndItsComplementInTheAreaPartitionTheItems(@ForAll("polygons") DrawnRegion region) {
        Geometry complement = BANK.area().difference(region.outline());
        RegionMatch in = INDEX.query(region);
        RegionMatch out = INDEX.query(DrawnRegion.ofOutline(complement));
        Set<String> exact = new HashSet<>();
        for (LocatedItem item : ITEMS) {
            if (item.uncertaintyMetres() == 0 && BANK.area().contains(item.point())) {
                exact.add(item.id());
            }
        }
        Set<String> inRegion = new HashSet<>(in.inside());
        Set<String> inComplement = new HashSet<>(out.inside());
        inRegion.retainAll(exact);
        inComplement.retainAll(exact);
        assertThat(inRegion).doesNotContainAnyElementsOf(inComplement);
        Set<String> union = new HashSet<>(inRegion);
        union.addAll(inComplement);
        assertThat(union).isEqualTo(exact);
        // Whatever their uncertainty, no item is wholly inside both.
        Set<String> inBoth = new HashSet<>(in.inside());
        inBoth.retainAll(out.inside());
        assertThat(inBoth).isEmpty();
    }

    @Provide
    Arbitrary<Coordinate> pointsNearTheRiver() {
        return Combinators.combine(Arbitraries.doubles().between(37.0, 44.5), Arbitraries.doubles().between(32.5, 37.5))
                .as(Coordinate::new);
    }

    @Provide
    Arbitrary<DrawnRegion> regions() {
        Arbitrary<Double> lon = Arbitraries.doubles().between(35.5, 44.0);
        Arbitrary<Double> lat = Arbitraries.doubles().between(32.5, 37.0);
        Arbitrary<DrawnRegion> circles = Combinators.combine(lon, lat, Arbitraries.doubles().between(1_000, 250_000))
                .as(DrawnRegion::circle);
        Arbitrary<DrawnRegion> buffers = Combinators.combine(lon, lat, Arbitraries.doubles().between(0.1, 3),
                        Arbitraries.doubles().between(-1, 1), Arbitraries.doubles().between(1, 60))
                .as((x, y, dx, dy, km) -> DrawnRegion.lineBuffer("LINESTRING (" + x + " " + y + ", " + (x + dx / 2) + " "
                        + (y + dy) + ", " + (x + dx) + " " + y + ")", km));
        return Arbitraries.oneOf(circles, buffers, polygons());
    }

    @Provide
    Arbitrary<DrawnRegion> polygons() {
        Arbitrary<Double> lon = Arbitraries.doubles().between(35.5, 44.0);
        Arbitrary<Double> lat = Arbitraries.doubles().between(32.5, 37.0);
        Arbitrary<DrawnRegion> rectangles = Combinators.combine(lon, lat, Arbitraries.doubles().between(0.05, 4),
                Arbitraries.doubles().between(0.05, 3)).as((x, y, w, h) -> DrawnRegion.rectangle(x, y, x + w, y + h));
        Arbitrary<DrawnRegion> stars = Combinators.combine(lon, lat, Arbitraries.longs())
                .as((x, y, seed) -> DrawnRegion.polygon(star(x, y, seed)));
        return Arbitraries.oneOf(rectangles, stars);
    }

    /** A random star-shaped polygon of 5–40 vertices around a centre, radii 0.1°–2°, as WKT. */
    private static String star(double lon, double lat, long seed) {
        Random random = new Random(seed);
        int n = 5 + random.nextInt(36);
        List<String> vertices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = 0.1 + random.nextDouble() * 1.9;
            vertices.add((lon + r * Math.cos(angle)) + " " + (lat + r * Math.sin(angle)));
        }
        vertices.add(vertices.getFirst());
        return "POLYGON ((" + String.join(", ", vertices) + "))";
    }

    /** Items spread over the area and a margin around it; a third exact, the rest up to 20 km uncertain. */
    static List<LocatedItem> syntheticItems(int n, long seed) {
        Random random = new Random(seed);
        List<LocatedItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = 34.5 + random.nextDouble() * 10.5;
            double lat = 31.5 + random.nextDouble() * 6.5;
            double uncertainty = i % 3 == 0 ? 0 : random.nextDouble() * 20_000;
            items.add(new LocatedItem("item-" + i, ReferenceFixtures.point(lon, lat), uncertainty));
        }
        return items;
    }
}
