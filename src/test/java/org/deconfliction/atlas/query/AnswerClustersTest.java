package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The map's clusters of a question's answers and of the incidents drawn dimmed beside them: exact counts, every
 * incident once, answers and others apart, the deep zoom as a scan finds it.
 */
class AnswerClustersTest {

    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();

    /** Over random answers, viewports and zoom levels: the tiles' counts sum to the answers in them, none twice. */
    @Property(tries = 300)
    void clusterCountsSumToTheAnswersInTheViewport(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int n,
            @ForAll @IntRange(min = 3, max = 18) int zoom) {
        Random random = new Random(seed);
        List<Incident> answers = randomAnswers(random, n);
        AnswerClusters clusters = new AnswerClusters(answers);
        Envelope viewport = randomViewport(random, zoom);
        List<MapTile> tiles = MapTile.covering(viewport, zoom);
        Envelope covered = new Envelope();
        tiles.forEach(tile -> covered.expandToInclude(tile.bounds()));

        int counted = 0;
        Map<IncidentCategory, Integer> byCategory = new EnumMap<>(IncidentCategory.class);
        Set<String> singles = new HashSet<>();
        for (MapTile tile : tiles) {
            ClusterTile drawn = clusters.tile(tile);
            assertThat(drawn.count()).isEqualTo(clusters.count(tile));
            counted += drawn.count();
            for (AnswerCluster cluster : drawn.clusters()) {
                assertThat(cluster.count()).isGreaterThan(AnswerClusters.SINGLES_PER_CELL);
                assertThat(cluster.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cluster.count());
                assertThat(tile.bounds().covers(cluster.extent())).isTrue();
                assertThat(cluster.extent().covers(cluster.position())).isTrue();
                cluster.byCategory().forEach((category, count) -> byCategory.merge(category, count, Integer::sum));
            }
            for (Incident single : drawn.singles()) {
                assertThat(singles.add(single.id())).as("drawn once: %s", single.id()).isTrue();
                byCategory.merge(single.category(), 1, Integer::sum);
            }
        }
        List<Incident> scanned = answers.stream().filter(a -> inTiles(a, tiles)).toList();
        Map<IncidentCategory, Integer> scannedByCategory = new EnumMap<>(IncidentCategory.class);
        scanned.forEach(a -> scannedByCategory.merge(a.category(), 1, Integer::sum));
        assertThat(counted).isEqualTo(scanned.size());
        assertThat(byCategory).isEqualTo(scannedByCategory);
        if (tiles.size() < MapTile.MAX_TILES) {
            assertThat(answers.stream().filter(a -> viewport.covers(a.location().getCoordinate())))
                    .allMatch(a -> inTiles(a, tiles));
        }
    }

    /**
     * At the deepest zoom a viewport's tiles draw exactly the answers a scan of the viewport finds, one by one but
     * for stacks of more than {@link AnswerClusters#MAX_STACK} in one cell, which stay clusters short of the closest zoom.
     */
    @Property(tries = 100)
    void aZoomedInViewportShowsExactlyTheAnswersAScanFinds(@ForAll long seed,
            @ForAll @IntRange(min = AnswerClusters.DEEPEST_ZOOM, max = MapTile.MAX_ZOOM) int zoom) {
        Random random = new Random(seed);
        double lon = 38 + random.nextDouble() * 4;
        double lat = 33 + random.nextDouble() * 3;
        List<Incident> answers = new ArrayList<>(randomAnswers(random, 500));
        for (int i = 0; i < 300; i++) {
            answers.add(answer("near-" + i, lon + random.nextGaussian() * 0.002, lat + random.nextGaussian() * 0.002,
                    CATEGORIES[random.nextInt(CATEGORIES.length)]));
        }
        AnswerClusters clusters = new AnswerClusters(answers);
        Envelope viewport = new Envelope(lon - 0.004, lon + 0.004, lat - 0.003, lat + 0.003);

        Set<String> drawn = new HashSet<>();
        Set<String> stacked = new HashSet<>();
        for (MapTile tile : MapTile.covering(viewport, zoom)) {
            ClusterTile content = clusters.tile(tile);
            for (AnswerCluster cluster : content.clusters()) {
                // only a stack too tall to spread stays a cluster; its answers are those of its box
                assertThat(cluster.count()).isGreaterThan(AnswerClusters.MAX_STACK);
                assertThat(zoom).isLessThan(MapTile.MAX_ZOOM);
                answers.stream().filter(a -> cluster.extent().covers(a.location().getCoordinate()))
                        .filter(a -> viewport.covers(a.location().getCoordinate())).forEach(a -> stacked.add(a.id()));
            }
            content.singles().stream().filter(a -> viewport.covers(a.location().getCoordinate()))
                    .forEach(a -> drawn.add(a.id()));
        }
        Set<String> scanned = new HashSet<>();
        answers.stream().filter(a -> viewport.covers(a.location().getCoordinate())).forEach(a -> scanned.add(a.id()));
        assertThat(scanned).isNotEmpty();
        assertThat(drawn).noneMatch(stacked::contains);
        drawn.addAll(stacked);
        assertThat(drawn).isEqualTo(scanned);
    }

    /**
     * A question whose answers all lie in the order of an earlier one is arranged from it without sorting: its tiles
     * count exactly its answers, and the coarse tile (before singles fit a message) counts the same ones.
     */
    @Property(tries = 100)
    void aLaterQuestionsAnswersTakenFromTheEarlierOrderCountAsAScanFinds(@ForAll long seed,
            @ForAll @IntRange(min = 3, max = 18) int zoom) {
        Random random = new Random(seed);
        List<Incident> all = randomAnswers(random, 2000);
        new AnswerClusters(all);
        List<Incident> some = all.stream().filter(a -> random.nextInt(3) == 0).toList();
        AnswerClusters clusters = new AnswerClusters(some);
        List<MapTile> tiles = MapTile.covering(randomViewport(random, zoom), zoom);

        assertThat(clusters.size()).isEqualTo(some.size());
        for (MapTile tile : tiles) {
            ClusterTile full = clusters.tile(tile);
            ClusterTile coarse = clusters.coarseTile(tile);
            long scanned = some.stream().filter(a -> tileOf(a, zoom).equals(tile)).count();
            assertThat(full.count()).isEqualTo(scanned);
            assertThat(coarse.count()).isEqualTo(scanned);
            assertThat(full.singles()).containsAll(coarse.singles());
            assertThat(some).containsAll(full.singles());
        }
    }

    /**
     * With the incidents that do not answer drawn beside the answers: over random viewports and zooms every tile counts
     * its answers and its others apart as a scan finds them, clusters split by category over their answers only, and
     * the tiles covering the whole area count exactly the question's answers and the others drawn.
     */
    @Property(tries = 300)
    void answersAndOthersAreCountedApartAsAScanFindsAndSumToTheQuestionsCount(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3000) int n, @ForAll @IntRange(min = 3, max = 18) int zoom,
            @ForAll @IntRange(min = 0, max = 100) int percentAnswering) {
        Random random = new Random(seed);
        List<Incident> drawn = randomAnswers(random, n);
        List<Incident> answers = drawn.stream().filter(a -> random.nextInt(100) < percentAnswering).toList();
        Set<String> answering = new HashSet<>(answers.stream().map(Incident::id).toList());
        AnswerClusters clusters = new AnswerClusters(drawn, answers);
        assertThat(clusters.size()).isEqualTo(answers.size());
        assertThat(clusters.drawnCount()).isEqualTo(drawn.size());

        List<MapTile> tiles = MapTile.covering(randomViewport(random, zoom), zoom);
        for (MapTile tile : tiles) {
            ClusterTile content = random.nextBoolean() ? clusters.tile(tile) : clusters.coarseTile(tile);
            List<Incident> inTile = drawn.stream().filter(a -> tileOf(a, zoom).equals(tile)).toList();
            assertThat(content.count()).isEqualTo(clusters.count(tile))
                    .isEqualTo(inTile.stream().filter(a -> answering.contains(a.id())).count());
            assertThat(content.othersCount()).isEqualTo(inTile.stream().filter(a -> !answering.contains(a.id())).count());
            assertThat(content.singles()).allMatch(a -> answering.contains(a.id()));
            assertThat(content.others()).noneMatch(a -> answering.contains(a.id()));
            for (AnswerCluster cluster : content.clusters()) {
                assertThat(cluster.total()).isGreaterThan(AnswerClusters.SINGLES_PER_CELL);
                assertThat(cluster.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(cluster.count());
                assertThat(tile.bounds().covers(cluster.extent())).isTrue();
            }
        }

        int wide = random.nextInt(5);
        Envelope area = new Envelope(34, 45, 31, 38);
        int counted = 0;
        int others = 0;
        for (MapTile tile : MapTile.covering(area, wide)) {
            ClusterTile content = clusters.tile(tile);
            counted += content.count();
            others += content.othersCount();
        }
        assertThat(counted).isEqualTo(answers.size());
        assertThat(others).isEqualTo(drawn.size() - answers.size());
    }

    /**
     * At the deepest zoom, with others drawn dimmed: the answers drawn one by one are exactly the answers a scan of the
     * viewport finds, the dimmed singles exactly the others, but for stacks too tall to spread.
     */
    @Property(tries = 100)
    void aZoomedInViewportShowsExactlyTheAnswersAndTheOthersAScanFinds(@ForAll long seed,
            @ForAll @IntRange(min = AnswerClusters.DEEPEST_ZOOM, max = MapTile.MAX_ZOOM) int zoom) {
        Random random = new Random(seed);
        double lon = 38 + random.nextDouble() * 4;
        double lat = 33 + random.nextDouble() * 3;
        List<Incident> drawn = new ArrayList<>(randomAnswers(random, 500));
        for (int i = 0; i < 300; i++) {
            drawn.add(answer("near-" + i, lon + random.nextGaussian() * 0.002, lat + random.nextGaussian() * 0.002,
                    CATEGORIES[random.nextInt(CATEGORIES.length)]));
        }
        List<Incident> answers = drawn.stream().filter(a -> random.nextBoolean()).toList();
        Set<String> answering = new HashSet<>(answers.stream().map(Incident::id).toList());
        AnswerClusters clusters = new AnswerClusters(drawn, answers);
        Envelope viewport = new Envelope(lon - 0.004, lon + 0.004, lat - 0.003, lat + 0.003);

        Set<String> shownAnswers = new HashSet<>();
        Set<String> shownOthers = new HashSet<>();
        Set<String> stacked = new HashSet<>();
        for (MapTile tile : MapTile.covering(viewport, zoom)) {
            ClusterTile content = clusters.tile(tile);
            for (AnswerCluster cluster : content.clusters()) {
                assertThat(cluster.total()).isGreaterThan(AnswerClusters.MAX_STACK);
                drawn.stream().filter(a -> cluster.extent().covers(a.location().getCoordinate()))
                        .filter(a -> viewport.covers(a.location().getCoordinate())).forEach(a -> stacked.add(a.id()));
            }
            content.singles().stream().filter(a -> viewport.covers(a.location().getCoordinate()))
                    .forEach(a -> shownAnswers.add(a.id()));
            content.others().stream().filter(a -> viewport.covers(a.location().getCoordinate()))
                    .forEach(a -> shownOthers.add(a.id()));
        }
        Set<String> scannedAnswers = new HashSet<>();
        Set<String> scannedOthers = new HashSet<>();
        drawn.stream().filter(a -> viewport.covers(a.location().getCoordinate())).filter(a -> !stacked.contains(a.id()))
                .forEach(a -> (answering.contains(a.id()) ? scannedAnswers : scannedOthers).add(a.id()));
        assertThat(scannedAnswers.size() + scannedOthers.size() + stacked.size()).isPositive();
        assertThat(shownAnswers).isEqualTo(scannedAnswers);
        assertThat(shownOthers).isEqualTo(scannedOthers);
    }

    /**
     * A later question drawn from an earlier order, with others: incidents drawn and answers taken from the sorted
     * order count as a scan finds them; an answer not among the incidents drawn is drawn too, as an answer.
     */
    @Property(tries = 100)
    void aLaterQuestionWithOthersTakenFromTheEarlierOrderCountsAsAScanFinds(@ForAll long seed,
            @ForAll @IntRange(min = 3, max = 18) int zoom) {
        Random random = new Random(seed);
        List<Incident> all = randomAnswers(random, 2000);
        new AnswerClusters(all);
        List<Incident> drawn = all.stream().filter(a -> random.nextInt(3) > 0).toList();
        List<Incident> answers = new ArrayList<>(drawn.stream().filter(a -> random.nextInt(3) == 0).toList());
        if (random.nextBoolean()) {
            answers.add(all.stream().filter(a -> !drawn.contains(a)).findFirst().orElseThrow());
        }
        Set<Incident> shown = new HashSet<>(drawn);
        shown.addAll(answers);
        AnswerClusters clusters = new AnswerClusters(drawn, answers);

        assertThat(clusters.size()).isEqualTo(answers.size());
        assertThat(clusters.drawnCount()).isEqualTo(shown.size());
        for (MapTile tile : MapTile.covering(randomViewport(random, zoom), zoom)) {
            ClusterTile content = clusters.tile(tile);
            long inTile = shown.stream().filter(a -> tileOf(a, zoom).equals(tile)).count();
            long answersInTile = answers.stream().filter(a -> tileOf(a, zoom).equals(tile)).count();
            assertThat(content.count()).isEqualTo(answersInTile);
            assertThat(content.othersCount()).isEqualTo(inTile - answersInTile);
            assertThat(answers).containsAll(content.singles());
            assertThat(content.others()).noneMatch(answers::contains);
        }
    }

    @Test
    void anEditedIncidentIsArrangedWhereItNowLies() {
        Incident moved = answer("m", 40.10, 35.10, IncidentCategory.DRONE);
        List<Incident> before = List.of(moved, answer("n", 38.0, 33.0, IncidentCategory.RAID));
        new AnswerClusters(before);
        Incident edited = answer("m", 36.0, 32.0, IncidentCategory.DRONE);

        AnswerClusters after = new AnswerClusters(List.of(edited, before.get(1)));

        assertThat(after.count(MapTile.covering(new Envelope(36.0, 36.0, 32.0, 32.0), 12).getFirst())).isEqualTo(1);
        assertThat(after.count(MapTile.covering(new Envelope(40.1, 40.1, 35.1, 35.1), 12).getFirst())).isZero();
    }

    @Test
    void crowdedCellsBecomeOneClusterWithItsExtentAndSparseOnesStaySingles() {
        List<Incident> answers = List.of(
                answer("a", 40.10, 35.10, IncidentCategory.DRONE),
                answer("b", 40.11, 35.11, IncidentCategory.DRONE),
                answer("c", 40.12, 35.09, IncidentCategory.RAID),
                answer("far", 36.0, 32.0, IncidentCategory.RAID));
        AnswerClusters clusters = new AnswerClusters(answers);
        MapTile tile = MapTile.covering(new Envelope(40.1, 40.1, 35.1, 35.1), 7).getFirst();

        ClusterTile drawn = clusters.tile(tile);

        assertThat(drawn.singles()).isEmpty();
        assertThat(drawn.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.count()).isEqualTo(3);
            assertThat(cluster.byCategory()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(IncidentCategory.DRONE, 2, IncidentCategory.RAID, 1));
            assertThat(cluster.extent()).isEqualTo(new Envelope(40.10, 40.12, 35.09, 35.11));
        });
        List<Incident> deep = MapTile.covering(new Envelope(40.10, 40.12, 35.09, 35.11), 12).stream()
                .flatMap(t -> clusters.tile(t).singles().stream()).toList();
        assertThat(deep).extracting(Incident::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(new AnswerClusters(List.of()).tile(tile).count()).isZero();
    }

    @Test
    void aViewportAsksForTheTilesItTouchesAndNeverMoreThanTheCap() {
        List<MapTile> tiles = MapTile.covering(new Envelope(38.0, 42.0, 33.0, 37.0), 7);
        assertThat(tiles).extracting(MapTile::key).containsExactly(
                "7/77/49", "7/78/49", "7/77/50", "7/78/50", "7/77/51", "7/78/51");
        tiles.forEach(tile -> assertThat(tile.bounds().intersects(new Envelope(38.0, 42.0, 33.0, 37.0))).isTrue());
        assertThat(MapTile.covering(new Envelope(-180, 180, -85, 85), 18)).hasSizeLessThanOrEqualTo(MapTile.MAX_TILES);
        assertThat(MapTile.covering(new Envelope(), 7)).isEmpty();
    }

    private static boolean inTiles(Incident answer, List<MapTile> tiles) {
        int zoom = tiles.isEmpty() ? 0 : tiles.getFirst().zoom();
        return tiles.stream().anyMatch(tile -> tile.equals(tileOf(answer, zoom)));
    }

    private static MapTile tileOf(Incident answer, int zoom) {
        int side = 1 << zoom;
        return new MapTile(zoom, (int) (MapTile.mercatorX(answer.location().getX()) * side),
                (int) (MapTile.mercatorY(answer.location().getY()) * side));
    }

    private static Envelope randomViewport(Random random, int zoom) {
        double width = 360.0 / (1 << zoom) * (1 + random.nextDouble() * 6);
        double lon = 35 + random.nextDouble() * 9;
        double lat = 31.5 + random.nextDouble() * 6;
        return new Envelope(lon - width / 2, lon + width / 2, lat - width / 3, lat + width / 3);
    }

    /** Answers around a few towns, some sharing a point, as real data crowds. */
    private static List<Incident> randomAnswers(Random random, int n) {
        double[][] towns = {{40.14, 35.33}, {40.55, 34.45}, {38.79, 33.50}, {41.23, 37.05}, {39.0, 35.95}};
        List<Incident> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] town = towns[random.nextInt(towns.length)];
            double spread = random.nextInt(10) == 0 ? 0 : Math.pow(10, -random.nextInt(4));
            double lon = Math.max(34, Math.min(45, town[0] + random.nextGaussian() * spread));
            double lat = Math.max(31, Math.min(38, town[1] + random.nextGaussian() * spread));
            answers.add(answer("i-" + i, lon, lat, CATEGORIES[random.nextInt(CATEGORIES.length)]));
        }
        return answers;
    }

    private static Incident answer(String id, double lon, double lat, IncidentCategory category) {
        return new Incident(id, "Incident " + id, "What happened.", category,
                new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                new Casualties(null, null, null, null), "somewhere", null, Wgs84.point(lon, lat),
                new LocationUncertainty(LocationPrecision.TOWN, 5000), IncidentDate.day(LocalDate.of(2019, 3, 1)), null,
                "SY", List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of());
    }
}
