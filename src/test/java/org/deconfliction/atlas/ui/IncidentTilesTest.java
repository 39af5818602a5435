package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapViewChangeEvent;
import org.deconfliction.atlas.query.AnswerClusters;
import org.deconfliction.atlas.query.MapTile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The clustered map's messages: within the byte budget whatever the crowd, the rest in later rounds, every answer once. */
class IncidentTilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @Test
    void aCrowdedTownAtTheDeepestZoomArrivesOverSeveralMessagesEachWithinTheBudget() {
        List<Incident> answers = crowd(12_000, 40.14, 35.33, 0.002, "A long title of the kind the sources write ".repeat(4));
        LeafletMap map = new LeafletMap();
        IncidentTiles tiles = new IncidentTiles(map);
        tiles.show(answers);
        view(map, 35.33, 40.14, 16);

        Map<String, Integer> drawn = new HashMap<>();
        Map<String, JsonNode> circles = new HashMap<>();
        int messages = 0;
        do {
            tiles.sendViewport();
            messages++;
            assertThat(tiles.lastPayload()).as("message %d", messages).isLessThanOrEqualTo(IncidentTiles.MESSAGE_BUDGET);
            for (JsonNode tile : JSON.readTree(tiles.lastMessage().get(0))) {
                int count = 0;
                for (JsonNode feature : tile.get("geojson").get("features")) {
                    JsonNode clusterCount = feature.get("properties").get(LeafletMap.CLUSTER_COUNT);
                    count += clusterCount == null ? 1 : clusterCount.asInt();
                }
                drawn.put(tile.get("key").asString(), count);
            }
            for (JsonNode tile : JSON.readTree(tiles.lastMessage().get(1))) {
                tile.get("geojson").get("features").forEach(f -> circles.put(f.get("id").asString(), f));
            }
        } while (tiles.pending() && messages < 50);

        assertThat(tiles.pending()).isFalse();
        assertThat(messages).isGreaterThan(1);
        List<MapTile> covering = MapTile.covering(map.getBounds(), 16);
        long inView = answers.stream().filter(a -> covering.contains(tileOf(a, 16))).count();
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) inView);
        assertThat(circles).isNotEmpty();
        assertThat(circles.values()).allSatisfy(circle -> {
            assertThat(circle.get("geometry").get("type").asString()).isEqualTo("Point");
            assertThat(circle.get("properties").get(LeafletMap.CIRCLE_RADIUS).asInt()).isEqualTo(750);
        });
    }

    @Test
    void incidentsThatDoNotAnswerComeDimmedBesideTheAnswersWithinTheBudgetAndCountedApart() {
        List<Incident> drawn = crowd(8_000, 40.14, 35.33, 0.01, "Shelling near the bridge ");
        List<Incident> answers = drawn.stream().filter(a -> a.location().getX() < 40.14).toList();
        LeafletMap map = new LeafletMap();
        IncidentTiles tiles = new IncidentTiles(map);
        tiles.show(drawn, answers);
        int zoom = 13;
        view(map, 35.33, 40.14, zoom);

        Map<String, int[]> byTile = new HashMap<>();
        Map<String, Boolean> singles = new HashMap<>();
        int messages = 0;
        do {
            tiles.sendViewport();
            messages++;
            assertThat(tiles.lastPayload()).as("message %d", messages).isLessThanOrEqualTo(IncidentTiles.MESSAGE_BUDGET);
            for (JsonNode tile : JSON.readTree(tiles.lastMessage().get(0))) {
                int[] counts = new int[2];
                for (JsonNode feature : tile.get("geojson").get("features")) {
                    JsonNode p = feature.get("properties");
                    if (p.has(LeafletMap.CLUSTER_COUNT)) {
                        counts[0] += p.get(LeafletMap.CLUSTER_COUNT).asInt();
                        counts[1] += p.has(LeafletMap.CLUSTER_OTHERS) ? p.get(LeafletMap.CLUSTER_OTHERS).asInt() : 0;
                    } else {
                        boolean dimmed = p.has(LeafletMap.DIMMED) && p.get(LeafletMap.DIMMED).asBoolean();
                        counts[dimmed ? 1 : 0]++;
                        singles.put(feature.get("id").asString(), dimmed);
                    }
                }
                byTile.put(tile.get("key").asString(), counts);
            }
        } while (tiles.pending() && messages < 50);

        List<MapTile> covering = MapTile.covering(map.getBounds(), zoom);
        long answersInView = answers.stream().filter(a -> covering.contains(tileOf(a, zoom))).count();
        long othersInView = drawn.stream().filter(a -> covering.contains(tileOf(a, zoom))).count() - answersInView;
        assertThat(othersInView).isPositive();
        assertThat(byTile.values().stream().mapToInt(c -> c[0]).sum()).isEqualTo((int) answersInView);
        assertThat(byTile.values().stream().mapToInt(c -> c[1]).sum()).isEqualTo((int) othersInView);
        Set<String> answering = new HashSet<>(answers.stream().map(Incident::id).toList());
        assertThat(singles).isNotEmpty().allSatisfy((id, dimmed) -> assertThat(dimmed).isEqualTo(!answering.contains(id)));

        tiles.showNoAnswer();
        assertThat(tiles.answerCount()).isZero();
        List<JsonNode> features = new ArrayList<>();
        JSON.readTree(tiles.lastMessage().get(0)).forEach(tile -> tile.get("geojson").get("features").forEach(features::add));
        assertThat(features).isNotEmpty().allSatisfy(feature -> {
            JsonNode p = feature.get("properties");
            if (p.has(LeafletMap.CLUSTER_COUNT)) {
                assertThat(p.get(LeafletMap.CLUSTER_COUNT).asInt()).isZero();
                assertThat(p.get(LeafletMap.CLUSTER_OTHERS).asInt()).isPositive();
            } else {
                assertThat(p.get(LeafletMap.DIMMED).asBoolean()).isTrue();
            }
        });
    }

    @Test
    void aSparseViewportIsOneMessageAndAPanSendsOnlyTheTilesThatCameIntoView() {
        List<Incident> answers = crowd(500, 40.14, 35.33, 0.3, "Shelling");
        LeafletMap map = new LeafletMap();
        IncidentTiles tiles = new IncidentTiles(map);
        tiles.show(answers);
        view(map, 35.33, 40.14, 10);
        tiles.sendViewport();
        assertThat(tiles.pending()).isFalse();
        int first = tiles.lastPayload();

        tiles.sendViewport();
        assertThat(tiles.lastPayload()).isZero();
        view(map, 35.33, 40.14 + 360.0 / (256 << 10) * WIDTH / 2, 10);
        tiles.sendViewport();
        assertThat(tiles.lastPayload()).isPositive().isLessThan(first);
    }

    @Test
    void shortOfTheDeepestZoomEveryTileSentIsTheTileItsClustersMakeWithItsCircles() {
        List<Incident> answers = crowd(6_000, 40.14, 35.33, 0.05, "Shelling near the bridge ");
        AnswerClusters clusters = new AnswerClusters(answers);
        for (int zoom = 8; zoom < AnswerClusters.DEEPEST_ZOOM; zoom++) {
            LeafletMap map = new LeafletMap();
            IncidentTiles tiles = new IncidentTiles(map);
            tiles.show(answers);
            view(map, 35.33, 40.14, zoom);
            Map<String, String> markers = new HashMap<>();
            Map<String, String> circles = new HashMap<>();
            int messages = 0;
            do {
                tiles.sendViewport();
                messages++;
                JSON.readTree(tiles.lastMessage().get(0)).forEach(t -> markers.put(t.get("key").asString(), t.toString()));
                JSON.readTree(tiles.lastMessage().get(1)).forEach(t -> circles.put(t.get("key").asString(), t.toString()));
            } while (tiles.pending() && messages < 50);

            assertThat(markers).as("zoom %d", zoom).isNotEmpty();
            for (MapTile tile : MapTile.covering(map.getBounds(), zoom)) {
                TileJson expected = TileJson.of(clusters.tile(tile), true);
                assertThat(markers.get(tile.key())).as("zoom %d tile %s", zoom, tile.key())
                        .isEqualTo(JSON.readTree(expected.markers()).toString());
                assertThat(circles.get(tile.key())).as("zoom %d tile %s", zoom, tile.key())
                        .isEqualTo(JSON.readTree(expected.circles()).toString());
            }
        }
    }

    private static MapTile tileOf(Incident answer, int zoom) {
        int side = 1 << zoom;
        return new MapTile(zoom, (int) (MapTile.mercatorX(answer.location().getX()) * side),
                (int) (MapTile.mercatorY(answer.location().getY()) * side));
    }

    /** Reports a 1280×800 px view at a centre and zoom to the map, as the browser would. */
    private static void view(LeafletMap map, double lat, double lng, int zoom) {
        double scale = 256.0 * (1 << zoom);
        double x = (lng + 180) / 360 * scale;
        double y = (1 - Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) / Math.PI) / 2 * scale;
        double west = (x - WIDTH / 2.0) / scale * 360 - 180;
        double east = (x + WIDTH / 2.0) / scale * 360 - 180;
        double north = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y - HEIGHT / 2.0) / scale))));
        double south = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + HEIGHT / 2.0) / scale))));
        ComponentUtil.fireEvent(map, new MapViewChangeEvent(map, true, lat, lng, zoom, south, west, north, east));
    }

    /** Incidents scattered (Gaussian, degrees) around one place, every one located within 750 m. */
    private static List<Incident> crowd(int n, double lon, double lat, double spread, String title) {
        Random random = new Random(7);
        IncidentCategory[] categories = IncidentCategory.values();
        List<Incident> incidents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            incidents.add(new Incident("i-" + i, title + i, "What happened.", categories[random.nextInt(categories.length)],
                    new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                    new Casualties(null, null, null, null), "somewhere", null,
                    Wgs84.point(lon + random.nextGaussian() * spread, lat + random.nextGaussian() * spread),
                    new LocationUncertainty(LocationPrecision.TOWN, 750), IncidentDate.day(LocalDate.of(2019, 3, 1)),
                    null, "SY", List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of()));
        }
        return incidents;
    }
}
