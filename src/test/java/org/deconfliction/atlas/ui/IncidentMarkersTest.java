package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapViewChangeEvent;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ListedQueries;
import org.deconfliction.atlas.query.MapTile;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clustered map of the main view after a region question: its answers in colour and the incidents up to the
 * question's date dimmed beside them, counted in the tiles as testing each incident finds them, and all dimmed when the
 * question gets no answer.
 */
@SpringBootTest
class IncidentMarkersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private SpatialAnalysis analysis;
    @Autowired
    private SiteRepository sites;
    @Autowired
    private IncidentRepository shipped;

    @Test
    void aRegionsAnswersAreDrawnInColourAndTheIncidentsUpToItsDateDimmedAsTestingEachOneFinds() {
        List<Incident> all = new SyntheticIncidents(sites.findAll(), shipped.findAll(), 43).stream(5_000).toList();
        IncidentRepository listed = ListedQueries.repository(all);
        IncidentQueryService queries = ListedQueries.over(listed, analysis, Duration.ofMinutes(5));
        DrawnRegion region = DrawnRegion.rectangle(38.5, 34.0, 41.0, 35.5);
        LocalDate to = all.stream().map(i -> i.date().start()).sorted(Comparator.naturalOrder()).toList().get(all.size() / 2);
        IncidentQuery query = IncidentQuery.all().withFilter(IncidentFilter.all().withDates(null, to))
                .withSpatial(new SpatialCondition.InRegion(region));
        QueryResult result = queries.run(query);
        List<Incident> upToDate = all.stream().filter(i -> !i.date().start().isAfter(to)).toList();
        Set<Incident> answering = new HashSet<>(upToDate.stream()
                .filter(i -> region.answer(i.location(), i.uncertainty().radiusMetres()) != SpatialAnswer.OUTSIDE).toList());
        LeafletMap map = new LeafletMap();
        IncidentMarkers markers = new IncidentMarkers(map, listed);
        assertThat(markers.useClustersFor(all.size())).isTrue();
        int zoom = 5;
        view(map, 35.0, 39.5, zoom);

        markers.showAnswers(query, result);

        assertThat(markers.tiles().answerCount()).isEqualTo(result.total()).isEqualTo(answering.size()).isPositive();
        int[] counted = drawnInView(map, markers.tiles(), zoom);
        List<MapTile> covering = MapTile.covering(map.getBounds(), zoom);
        assertThat(upToDate).allMatch(i -> covering.contains(tileOf(i, zoom)));
        assertThat(counted[0]).isEqualTo(answering.size());
        assertThat(counted[1]).isEqualTo(upToDate.size() - answering.size());

        markers.showNoAnswer();

        assertThat(markers.tiles().answerCount()).isZero();
        int[] dimmed = drawnInView(map, markers.tiles(), zoom);
        assertThat(dimmed[0]).isZero();
        assertThat(dimmed[1]).isEqualTo(upToDate.size());
    }

    /**
     * The answers and the others counted by the tiles the map sent last and then by those it sends as the view is
     * reported again, as many times as it takes.
     */
    private static int[] drawnInView(LeafletMap map, IncidentTiles tiles, int zoom) {
        int[] counts = new int[2];
        Map<String, int[]> byTile = new HashMap<>();
        int messages = 0;
        while (true) {
            messages++;
            for (JsonNode tile : JSON.readTree(tiles.lastMessage().get(0))) {
                int[] inTile = new int[2];
                for (JsonNode feature : tile.get("geojson").get("features")) {
                    JsonNode p = feature.get("properties");
                    if (p.has(LeafletMap.CLUSTER_COUNT)) {
                        inTile[0] += p.get(LeafletMap.CLUSTER_COUNT).asInt();
                        inTile[1] += p.has(LeafletMap.CLUSTER_OTHERS) ? p.get(LeafletMap.CLUSTER_OTHERS).asInt() : 0;
                    } else {
                        inTile[p.has(LeafletMap.DIMMED) && p.get(LeafletMap.DIMMED).asBoolean() ? 1 : 0]++;
                    }
                }
                byTile.put(tile.get("key").asString(), inTile);
            }
            if (!tiles.pending() || messages == 50) {
                break;
            }
            view(map, 35.0, 39.5, zoom);
        }
        byTile.values().forEach(inTile -> {
            counts[0] += inTile[0];
            counts[1] += inTile[1];
        });
        return counts;
    }

    private static MapTile tileOf(Incident incident, int zoom) {
        int side = 1 << zoom;
        return new MapTile(zoom, (int) (MapTile.mercatorX(incident.location().getX()) * side),
                (int) (MapTile.mercatorY(incident.location().getY()) * side));
    }

    /** Reports a 1280×800 px view at a centre and zoom to the map, as the browser would; the map then sends its tiles. */
    private static void view(LeafletMap map, double lat, double lng, int zoom) {
        double scale = 256.0 * (1 << zoom);
        double x = (lng + 180) / 360 * scale;
        double y = (1 - Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) / Math.PI) / 2 * scale;
        double west = (x - 640) / scale * 360 - 180;
        double east = (x + 640) / scale * 360 - 180;
        double north = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y - 400) / scale))));
        double south = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + 400) / scale))));
        ComponentUtil.fireEvent(map, new MapViewChangeEvent(map, true, lat, lng, zoom, south, west, north, east));
    }
}
