package org.deconfliction.atlas.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.deconfliction.atlas.query.MapTile;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored incidents under an import's preview: every one in view counted once, each message within its budget. */
class StoredIncidentTilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    @Test
    void aLargeStoreArrivesOverSeveralMessagesWithinTheBudgetAndEveryIncidentInViewIsCountedOnce() throws ParseException {
        List<Incident> stored = scattered(40_000, "POINT (40.14 35.33)", 0.6, "A long title of the kind sources write ".repeat(8));
        LeafletMap map = new LeafletMap();
        StoredIncidentTiles tiles = new StoredIncidentTiles(map);
        tiles.show(stored);

        view(map, 35.33, 40.14, 14); // the view change sends the first message
        Map<String, Integer> drawn = new HashMap<>();
        int messages = 0;
        String message = tiles.lastMessage();
        while (!message.equals("[]") && messages < 50) {
            messages++;
            assertThat(StoredIncidentTiles.wireBytes(message)).as("message %d", messages)
                    .isLessThanOrEqualTo(StoredIncidentTiles.MESSAGE_BUDGET + 2);
            for (JsonNode tile : JSON.readTree(message)) {
                int count = 0;
                for (JsonNode feature : tile.get("geojson").get("features")) {
                    JsonNode clusterCount = feature.get("properties").get(LeafletMap.CLUSTER_COUNT);
                    if (clusterCount == null) {
                        assertThat(feature.get("properties").get("headline").asString()).startsWith("Stored: 1 Mar 2019");
                        count++;
                    } else {
                        count += clusterCount.asInt();
                    }
                }
                assertThat(drawn.put(tile.get("key").asString(), count)).as("tile %s sent twice", tile.get("key")).isNull();
            }
            tiles.sendViewport(); // as the browser asks again after drawing
            message = tiles.lastMessage();
        }

        assertThat(messages).isGreaterThan(1);
        List<MapTile> covering = MapTile.covering(map.getBounds(), 14);
        assertThat(drawn).hasSize(covering.size());
        long inView = stored.stream().filter(i -> covering.contains(tileOf(i, 14))).count();
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) inView).isPositive();
    }

    @Test
    void aPanSendsOnlyTheTilesThatCameIntoViewAndClearingSendsNoMore() throws ParseException {
        LeafletMap map = new LeafletMap();
        StoredIncidentTiles tiles = new StoredIncidentTiles(map);
        tiles.show(scattered(500, "POINT (40.14 35.33)", 0.3, "Shelling"));
        view(map, 35.33, 40.14, 9);
        int keys = JSON.readTree(tiles.lastMessage()).size();
        assertThat(keys).isPositive();

        tiles.sendViewport();
        assertThat(tiles.lastMessage()).isEqualTo("[]");
        view(map, 35.33, 40.14 + 360.0 / (256 << 9) * WIDTH / 2, 9);
        assertThat(JSON.readTree(tiles.lastMessage()).size()).isPositive().isLessThan(keys);

        tiles.clear();
        view(map, 35.33, 40.14, 9);
        assertThat(tiles.lastMessage()).isEqualTo("[]");
        assertThat(tiles.count()).isZero();
    }

    @Test
    void anEmptyStoreSendsNoTiles() {
        LeafletMap map = new LeafletMap();
        StoredIncidentTiles tiles = new StoredIncidentTiles(map);
        tiles.show(List.of());
        view(map, 35.33, 40.14, 9);
        assertThat(tiles.lastMessage()).isEqualTo("[]");
    }

    private static MapTile tileOf(Incident incident, int zoom) {
        int side = 1 << zoom;
        return new MapTile(zoom, (int) (MapTile.mercatorX(incident.location().getX()) * side),
                (int) (MapTile.mercatorY(incident.location().getY()) * side));
    }

    /** Reports a 1600×900 px view (the preview map on a wide screen) at a centre and zoom, as the browser would. */
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

    /** Incidents scattered (Gaussian, degrees) around a point given as WKT. */
    private static List<Incident> scattered(int n, String centreWkt, double spread, String title) throws ParseException {
        Point centre = (Point) new WKTReader().read(centreWkt);
        Random random = new Random(11);
        IncidentCategory[] categories = IncidentCategory.values();
        List<Incident> incidents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Point at = Wgs84.point(centre.getX() + random.nextGaussian() * spread,
                    centre.getY() + random.nextGaussian() * spread);
            incidents.add(new Incident("stored-" + i, title + i, "What happened.", categories[random.nextInt(categories.length)],
                    new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                    new Casualties(null, null, null, null), "somewhere", null, at,
                    new LocationUncertainty(LocationPrecision.TOWN, 750), IncidentDate.day(LocalDate.of(2019, 3, 1)),
                    null, "SY", List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of()));
        }
        return incidents;
    }
}
