package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.Opponent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * A question's answer found on the incidents' columns, arranged for the map from its keys with the incidents of a
 * filter dimmed beside it ({@link AnswerClusters#of}): the same tiles as arranging the lists of its incidents, cluster
 * counts that sum to the question's count, a zoomed-in viewport that shows exactly what a scan of it finds.
 */
class ColumnAnswerClustersTest {

    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);

    /** Over random answers, others and viewports: every tile as the lists give it, and the whole area sums to the counts. */
    @Property(tries = 150)
    void anAnswerOnTheColumnsIsArrangedAsTheListsOfItsIncidentsAreAndSumsToTheQuestionsCount(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3000) int n, @ForAll @IntRange(min = 3, max = 18) int zoom) {
        Random random = new Random(seed);
        ListedIncidents listed = new ListedIncidents(incidents(random, n));
        QueryResult answer = keyedAnswer(listed, random);
        IncidentFilter others = random.nextInt(4) == 0 ? null : otherFilter(random);
        AnswerClusters fromKeys = AnswerClusters.of(answer, others, listed);
        AnswerClusters fromLists = others == null ? new AnswerClusters(answer.incidents())
                : new AnswerClusters(listed.find(others), answer.incidents());

        assertThat(fromKeys.size()).isEqualTo(answer.total());
        assertThat(fromKeys.drawnCount()).isEqualTo(fromLists.drawnCount());
        for (MapTile tile : MapTile.covering(viewport(random, zoom), zoom)) {
            assertSameTile(fromKeys.tile(tile), fromLists.tile(tile));
            assertSameTile(fromKeys.coarseTile(tile), fromLists.coarseTile(tile));
        }
        int counted = 0;
        int dimmed = 0;
        for (MapTile tile : MapTile.covering(new Envelope(34, 45, 31, 38), random.nextInt(5))) {
            counted += fromKeys.tile(tile).count();
            dimmed += fromKeys.tile(tile).othersCount();
        }
        Set<Incident> answering = new HashSet<>(answer.incidents());
        assertThat(counted).isEqualTo(answer.total());
        assertThat(dimmed).isEqualTo(others == null ? 0
                : (int) listed.find(others).stream().filter(incident -> !answering.contains(incident)).count());
    }

    /** At the deepest zooms the answers and the others drawn one by one are exactly those a scan of the viewport finds. */
    @Property(tries = 80)
    void aZoomedInViewportShowsExactlyTheAnswersAndOthersAScanFinds(@ForAll long seed,
            @ForAll @IntRange(min = AnswerClusters.DEEPEST_ZOOM, max = MapTile.MAX_ZOOM) int zoom) {
        Random random = new Random(seed);
        double lon = 38 + random.nextDouble() * 4;
        double lat = 33 + random.nextDouble() * 3;
        List<Incident> all = new ArrayList<>(incidents(random, 400));
        for (int i = 0; i < 300; i++) {
            all.add(incident("near-" + i, lon + random.nextGaussian() * 0.002, lat + random.nextGaussian() * 0.002, random));
        }
        ListedIncidents listed = new ListedIncidents(all);
        QueryResult answer = keyedAnswer(listed, random);
        IncidentFilter others = otherFilter(random);
        AnswerClusters clusters = AnswerClusters.of(answer, others, listed);
        Envelope viewport = new Envelope(lon - 0.004, lon + 0.004, lat - 0.003, lat + 0.003);

        Set<Incident> shownAnswers = new HashSet<>();
        Set<Incident> shownOthers = new HashSet<>();
        Set<Incident> stacked = new HashSet<>();
        for (MapTile tile : MapTile.covering(viewport, zoom)) {
            ClusterTile content = clusters.tile(tile);
            for (AnswerCluster cluster : content.clusters()) {
                assertThat(cluster.total()).isGreaterThan(AnswerClusters.MAX_STACK);
                all.stream().filter(i -> cluster.extent().covers(i.location().getCoordinate())).forEach(stacked::add);
            }
            content.singles().stream().filter(i -> viewport.covers(i.location().getCoordinate())).forEach(shownAnswers::add);
            content.others().stream().filter(i -> viewport.covers(i.location().getCoordinate())).forEach(shownOthers::add);
        }
        Set<Incident> answering = new HashSet<>(answer.incidents());
        Set<Incident> scannedAnswers = new HashSet<>();
        Set<Incident> scannedOthers = new HashSet<>();
        for (Incident incident : listed.findAll()) {
            if (viewport.covers(incident.location().getCoordinate()) && !stacked.contains(incident)) {
                if (answering.contains(incident)) {
                    scannedAnswers.add(incident);
                } else if (others.test(incident)) {
                    scannedOthers.add(incident);
                }
            }
        }
        assertThat(shownAnswers).isEqualTo(scannedAnswers);
        assertThat(shownOthers).isEqualTo(scannedOthers);
    }

    @Test
    void withoutAnswersEveryIncidentDrawnIsDimmed() {
        ListedIncidents listed = new ListedIncidents(incidents(new Random(7), 2000));
        QueryResult answer = keyedAnswer(listed, new Random(8));
        IncidentFilter others = IncidentFilter.all().withDates(null, FIRST.plusDays(200));
        AnswerClusters clusters = AnswerClusters.of(answer, others, listed).withoutAnswers();

        assertThat(clusters.size()).isZero();
        ClusterTile area = clusters.tile(MapTile.covering(new Envelope(38.5, 38.5, 33.5, 33.5), 0).getFirst());
        assertThat(area.count()).isZero();
        assertThat(area.othersCount()).isEqualTo(clusters.drawnCount()).isPositive();
    }

    @Test
    void anAnswerFromAListTheRepositoryNoLongerHoldsIsArrangedFromItsIncidents() {
        List<Incident> before = incidents(new Random(9), 1000);
        ListedIncidents listed = new ListedIncidents(before);
        QueryResult answer = keyedAnswer(listed, new Random(10));
        ListedIncidents now = new ListedIncidents(before.subList(0, 500));
        IncidentFilter others = IncidentFilter.all();

        AnswerClusters clusters = AnswerClusters.of(answer, others, now);

        Set<Incident> drawn = new HashSet<>(now.findAll());
        drawn.addAll(answer.incidents());
        assertThat(clusters.size()).isEqualTo(answer.total());
        assertThat(clusters.drawnCount()).isEqualTo(drawn.size());
    }

    private static void assertSameTile(ClusterTile fromKeys, ClusterTile fromLists) {
        assertThat(fromKeys.count()).isEqualTo(fromLists.count());
        assertThat(fromKeys.othersCount()).isEqualTo(fromLists.othersCount());
        assertThat(fromKeys.singles()).containsExactlyInAnyOrderElementsOf(fromLists.singles());
        assertThat(fromKeys.others()).containsExactlyInAnyOrderElementsOf(fromLists.others());
        // a cluster's position is a mean, equal up to the order its incidents were summed in
        List<AnswerCluster> keyed = byPlace(fromKeys.clusters());
        List<AnswerCluster> listed = byPlace(fromLists.clusters());
        assertThat(keyed).hasSameSizeAs(listed);
        for (int i = 0; i < keyed.size(); i++) {
            AnswerCluster cluster = keyed.get(i);
            AnswerCluster expected = listed.get(i);
            assertThat(cluster.count()).isEqualTo(expected.count());
            assertThat(cluster.others()).isEqualTo(expected.others());
            assertThat(cluster.byCategory()).isEqualTo(expected.byCategory());
            assertThat(cluster.extent()).isEqualTo(expected.extent());
            assertThat(cluster.position().distance(expected.position())).isLessThan(1e-9);
        }
    }

    private static List<AnswerCluster> byPlace(List<AnswerCluster> clusters) {
        return clusters.stream().sorted(java.util.Comparator.comparing((AnswerCluster c) -> c.extent().getMinX())
                .thenComparing(c -> c.extent().getMinY()).thenComparing(c -> c.extent().getMaxX())
                .thenComparing(c -> c.extent().getMaxY()).thenComparing(AnswerCluster::total)).toList();
    }

    /** About a third of the listed incidents as a question's answer found on their columns, inside or uncertain. */
    private static QueryResult keyedAnswer(ListedIncidents listed, Random random) {
        IncidentColumns columns = new IncidentColumns(listed.findAll());
        long[] keys = new long[columns.size()];
        int count = 0;
        for (int k = 0; k < columns.size(); k++) {
            if (random.nextInt(3) == 0) {
                keys[count++] = ColumnAnswers.key(k, random.nextBoolean() ? SpatialAnswer.INSIDE : SpatialAnswer.UNCERTAIN);
            }
        }
        ColumnAnswers.Keys found = new ColumnAnswers.Keys(columns, keys, count);
        return new QueryResult(IncidentQuery.all(), new KeyedAnswers(found, incident -> null, null));
    }

    /** Up to a random date and, sometimes, some categories only: the incidents the map draws dimmed. */
    private static IncidentFilter otherFilter(Random random) {
        IncidentFilter filter = IncidentFilter.all().withDates(null, FIRST.plusDays(random.nextInt(400)));
        if (random.nextBoolean()) {
            Set<IncidentCategory> chosen = EnumSet.noneOf(IncidentCategory.class);
            for (IncidentCategory category : CATEGORIES) {
                if (random.nextBoolean()) {
                    chosen.add(category);
                }
            }
            filter = filter.withCategories(chosen);
        }
        return filter;
    }

    private static Envelope viewport(Random random, int zoom) {
        double width = 360.0 / (1 << zoom) * (1 + random.nextDouble() * 6);
        double lon = 35 + random.nextDouble() * 9;
        double lat = 31.5 + random.nextDouble() * 6;
        return new Envelope(lon - width / 2, lon + width / 2, lat - width / 3, lat + width / 3);
    }

    /** Incidents around a few towns over 400 days, some sharing a point, as real data crowds. */
    private static List<Incident> incidents(Random random, int n) {
        double[][] towns = {{40.14, 35.33}, {40.55, 34.45}, {38.79, 33.50}, {41.23, 37.05}, {39.0, 35.95}};
        List<Incident> incidents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] town = towns[random.nextInt(towns.length)];
            double spread = random.nextInt(10) == 0 ? 0 : Math.pow(10, -random.nextInt(4));
            double lon = Math.max(34, Math.min(45, town[0] + random.nextGaussian() * spread));
            double lat = Math.max(31, Math.min(38, town[1] + random.nextGaussian() * spread));
            incidents.add(incident("i-" + i, lon, lat, random));
        }
        return incidents;
    }

    private static Incident incident(String id, double lon, double lat, Random random) {
        return new Incident(id, "Incident " + id, "What happened.", CATEGORIES[random.nextInt(CATEGORIES.length)],
                new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                new Casualties(null, null, null, null), "somewhere", null, Wgs84.point(lon, lat),
                new LocationUncertainty(LocationPrecision.TOWN, 5000), IncidentDate.day(FIRST.plusDays(random.nextInt(400))),
                null, "SY", List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of());
    }
}
