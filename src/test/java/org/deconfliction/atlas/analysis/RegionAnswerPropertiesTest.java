package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A region query reported item by item ({@link RegionAnswerSink}) answers exactly as testing every item one by one,
 * for regions given as WKT: 200-vertex outlines, polygons with holes, polygons larger than the area; over items
 * clustered around towns as incidents are, with uncertainties from none to 150 km mixed in one bucket, items
 * placed on the outline's vertices and edges, and items whose uncertainty circle stops just short of the outline or
 * just crosses it. A point's bounds on its distance from the outline hold its exact distance. Whole buckets settled inside without testing their points count the
 * same as the point-by-point test, and the segments a bucket keeps, in order of their bound from it, answer "closer
 * than" as the whole outline does.
 */
class RegionAnswerPropertiesTest {

    @Property(tries = 60)
    void answersReportedOneByOneAreThoseOfTestingEveryItem(@ForAll("outlines") String wkt, @ForAll long seed) {
        DrawnRegion region = DrawnRegion.polygon(wkt);
        List<LocatedItem> items = clustered(new Random(seed), 4_000);
        items.addAll(onTheOutline(region, seed));
        LocatedItemIndex index = new LocatedItemIndex(items, item -> null);

        Map<String, SpatialAnswer> reported = reported(index, region);

        assertThat(reported).as(wkt).isEqualTo(scanned(index, region));
    }

    @Property(tries = 25)
    void afterEditsTheAddedItemsAreReportedByIdAndTheRemovedNotAtAll(@ForAll("outlines") String wkt, @ForAll long seed) {
        DrawnRegion region = DrawnRegion.polygon(wkt);
        Random random = new Random(seed);
        List<LocatedItem> items = clustered(random, 2_000);
        LocatedItemIndex index = new LocatedItemIndex(items, item -> null, n -> 1_000);
        List<LocatedItem> moved = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            LocatedItem item = items.get(random.nextInt(items.size()));
            if (i % 2 == 0) {
                moved.add(new LocatedItem(item.id(), ReferenceFixtures.point(item.point().getX() + 0.3,
                        item.point().getY() - 0.2), item.uncertaintyMetres()));
            } else {
                removed.add(item.id());
            }
        }
        LocatedItemIndex edited = index.updated(moved, removed);

        assertThat(reported(edited, region)).isEqualTo(scanned(edited, region));
    }

    /** The segments kept for a box, tried in order of their bound from it, answer as the line's own search does. */
    @Property(tries = 40)
    void aBoxsNearbySegmentsAnswerAsTheWholeLineDoes(@ForAll("outlines") String wkt, @ForAll long seed) {
        Geometry outline = DrawnRegion.polygon(wkt).outline();
        GeodesicLineDistance boundary = new GeodesicLineDistance(
                Densifier.densify(outline.getBoundary(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        Random random = new Random(seed);
        Coordinate[] vertices = outline.getCoordinates();
        for (int b = 0; b < 10; b++) {
            Coordinate near = vertices[random.nextInt(vertices.length)];
            double west = near.x - random.nextDouble() * 0.6;
            double south = near.y - random.nextDouble() * 0.6;
            Envelope box = new Envelope(west, west + 0.005 + random.nextDouble() * 0.5, south,
                    south + 0.005 + random.nextDouble() * 0.5);
            double viewMetres = 1_000 + random.nextDouble() * 80_000;
            NearbySegments nearby = boundary.nearby(box, viewMetres);
            for (int p = 0; p < 40; p++) {
                double lon = box.getMinX() + random.nextDouble() * box.getWidth();
                double lat = box.getMinY() + random.nextDouble() * box.getHeight();
                double within = random.nextBoolean() ? random.nextDouble() * 5_000 : random.nextDouble() * viewMetres;
                assertThat(nearby.isCloserThan(lon, lat, within)).as("%s %s %s within %s of %s", box, lon, lat, within, viewMetres)
                        .isEqualTo(boundary.isCloserThan(lon, lat, within));
            }
        }
    }

    /** A point's bounds on its distance from the outline hold the exact distance, the lower one at most as asked. */
    @Property(tries = 40)
    void aPointsDistanceBoundsHoldItsExactDistance(@ForAll("outlines") String wkt, @ForAll long seed) {
        Geometry outline = DrawnRegion.polygon(wkt).outline();
        GeodesicLineDistance boundary = new GeodesicLineDistance(
                Densifier.densify(outline.getBoundary(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        Random random = new Random(seed);
        Coordinate[] vertices = outline.getCoordinates();
        for (int p = 0; p < 200; p++) {
            Coordinate near = vertices[random.nextInt(vertices.length)];
            double reach = p % 4 == 0 ? 0.01 : 1.5;
            double lon = near.x + (random.nextDouble() - 0.5) * 2 * reach;
            double lat = near.y + (random.nextDouble() - 0.5) * 2 * reach;
            double upTo = random.nextDouble() * 150_000;
            GeodesicLineDistance.DistanceBounds bounds = boundary.boundsAt(lon, lat, upTo);
            double metres = boundary.metres(lon, lat);
            assertThat(bounds.lowest()).as("%s %s up to %s", lon, lat, upTo).isLessThanOrEqualTo(upTo)
                    .isLessThanOrEqualTo(metres);
            assertThat(metres).as("%s %s up to %s", lon, lat, upTo).isLessThanOrEqualTo(bounds.highest());
        }
    }

    @Test
    void itemsOnTheBoundaryOfAPolygonWithAHoleAreInsideAndThoseInTheHoleOutside() {
        // Edges along meridians and parallels are straight on the map and in degrees alike.
        DrawnRegion region = DrawnRegion.polygon(
                "POLYGON ((38 34, 41 34, 41 36, 38 36, 38 34), (39 34.5, 40 34.5, 40 35.5, 39 35.5, 39 34.5))");
        List<LocatedItem> items = List.of(
                new LocatedItem("vertex", ReferenceFixtures.point(38, 34), 0),
                new LocatedItem("edge", ReferenceFixtures.point(41, 35), 0),
                new LocatedItem("hole-edge", ReferenceFixtures.point(39.5, 34.5), 0),
                new LocatedItem("in-hole", ReferenceFixtures.point(39.5, 35), 0),
                new LocatedItem("in-hole-reaching-out", ReferenceFixtures.point(39.5, 35.45), 10_000),
                new LocatedItem("inside", ReferenceFixtures.point(38.5, 35), 100),
                new LocatedItem("edge-uncertain", ReferenceFixtures.point(41, 35.5), 50),
                new LocatedItem("outside", ReferenceFixtures.point(42, 35), 0));
        LocatedItemIndex index = new LocatedItemIndex(items, item -> null);

        assertThat(reported(index, region)).isEqualTo(Map.of("vertex", SpatialAnswer.INSIDE,
                "edge", SpatialAnswer.INSIDE, "hole-edge", SpatialAnswer.INSIDE,
                "in-hole-reaching-out", SpatialAnswer.UNCERTAIN, "inside", SpatialAnswer.INSIDE,
                "edge-uncertain", SpatialAnswer.UNCERTAIN));
    }

    private static Map<String, SpatialAnswer> reported(LocatedItemIndex index, DrawnRegion region) {
        Map<String, SpatialAnswer> reported = new HashMap<>();
        index.query(region, new RegionAnswerSink() {
            @Override
            public void packed(int position, SpatialAnswer answer) {
                added(index.packedIds().id(position), answer);
            }

            @Override
            public void added(String id, SpatialAnswer answer) {
                assertThat(reported.put(id, answer)).as("reported once: %s", id).isNull();
            }
        });
        return reported;
    }

    private static Map<String, SpatialAnswer> scanned(LocatedItemIndex index, DrawnRegion region) {
        Map<String, SpatialAnswer> scanned = new HashMap<>();
        RegionMatch match = index.scan(region);
        match.inside().forEach(id -> scanned.put(id, SpatialAnswer.INSIDE));
        match.uncertain().forEach(id -> scanned.put(id, SpatialAnswer.UNCERTAIN));
        return scanned;
    }

    @Provide
    Arbitrary<String> outlines() {
        Arbitrary<String> stars = Arbitraries.longs().map(seed -> ring(new Random(seed), 200, 0.3, 1.2, null));
        Arbitrary<String> holed = Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            double[] centre = {37 + random.nextDouble() * 5, 33.5 + random.nextDouble() * 2.5};
            return ring(random, 200, 0.8, 1.3, centre).replace("))", "), ")
                    + ring(random, 40, 0.1, 0.4, centre).substring("POLYGON (".length());
        });
        Arbitrary<String> larger = Arbitraries.longs().map(seed -> ring(new Random(seed), 200, 6, 7, new double[] {39.5, 35}));
        return Arbitraries.oneOf(stars, holed, larger);
    }

    /** A star-shaped ring of {@code n} vertices with radii from {@code least} to {@code most} degrees, as WKT. */
    private static String ring(Random random, int n, double least, double most, double[] centre) {
        double lon = centre == null ? 37 + random.nextDouble() * 5 : centre[0];
        double lat = centre == null ? 33.5 + random.nextDouble() * 2.5 : centre[1];
        List<String> vertices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double r = least + random.nextDouble() * (most - least);
            vertices.add(String.format(Locale.ROOT, "%.6f %.6f", lon + r * Math.cos(angle) * 1.2, lat + r * Math.sin(angle)));
        }
        vertices.add(vertices.getFirst());
        return "POLYGON ((" + String.join(", ", vertices) + "))";
    }

    /**
     * Items around 30 towns, a few hundred metres to tens of kilometres out; uncertainty none, small, large, 20–60 km
     * or 60–150 km (known only to their district or governorate).
     */
    private static List<LocatedItem> clustered(Random random, int n) {
        double[][] towns = new double[30][];
        for (int t = 0; t < towns.length; t++) {
            towns[t] = new double[] {36 + random.nextDouble() * 7, 33 + random.nextDouble() * 4};
        }
        List<LocatedItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] town = towns[random.nextInt(towns.length)];
            double spread = random.nextBoolean() ? 0.02 : 0.4;
            double uncertainty = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextDouble() * 5_000;
                case 2 -> random.nextDouble() * 20_000;
                case 3 -> 20_000 + random.nextDouble() * 40_000;
                default -> 60_000 + random.nextDouble() * 90_000;
            };
            items.add(new LocatedItem("item-" + i, ReferenceFixtures.point(town[0] + random.nextGaussian() * spread,
                    town[1] + random.nextGaussian() * spread), uncertainty));
        }
        return items;
    }

    /**
     * Exact items on every tenth vertex of the outline, and uncertain ones halfway along the edges after them; and
     * items some kilometres from the outline whose uncertainty circle stops a metre short of it or crosses it by a
     * metre.
     */
    private static List<LocatedItem> onTheOutline(DrawnRegion region, long seed) {
        Geometry outline = region.outline();
        GeodesicLineDistance boundary = new GeodesicLineDistance(
                Densifier.densify(outline.getBoundary(), GeodesicLineDistance.MAX_SEGMENT_DEGREES));
        Coordinate[] vertices = outline.getCoordinates();
        Random random = new Random(seed);
        List<LocatedItem> items = new ArrayList<>();
        for (int i = 0; i + 1 < vertices.length; i += 10) {
            items.add(new LocatedItem("vertex-" + i, ReferenceFixtures.point(vertices[i].x, vertices[i].y), 0));
            items.add(new LocatedItem("edge-" + i, ReferenceFixtures.point((vertices[i].x + vertices[i + 1].x) / 2,
                    (vertices[i].y + vertices[i + 1].y) / 2), (seed & 1) == 0 ? 0 : 30));
            double lon = vertices[i].x + (random.nextDouble() - 0.5) * 0.6;
            double lat = vertices[i].y + (random.nextDouble() - 0.5) * 0.6;
            double metres = boundary.metres(lon, lat);
            items.add(new LocatedItem("short-of-edge-" + i, ReferenceFixtures.point(lon, lat), Math.max(0, metres - 1)));
            items.add(new LocatedItem("across-edge-" + i, ReferenceFixtures.point(lon + 1e-6, lat), metres + 1));
        }
        return items;
    }
}
