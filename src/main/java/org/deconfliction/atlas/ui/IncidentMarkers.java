package org.deconfliction.atlas.ui;

import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.AnswerClusters;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.QueryResult;

/**
 * The incidents on one map. While the store holds at most {@value #ALL_MARKERS_UP_TO}, every incident is its own
 * marker with its card, hidden after the current date or outside the categories and dimmed outside the answer; with
 * more, the map draws the same incidents clustered per viewport ({@link IncidentTiles}), the answers in colour and
 * the others dimmed (clusters split into answers and others), each card sent when its marker is clicked.
 */
final class IncidentMarkers {

    /** Most incidents drawn each as its own marker, all sent at once; more are clustered per viewport. */
    static final int ALL_MARKERS_UP_TO = 1000;

    private final LeafletMap map;
    private final IncidentRepository incidents;
    private final IncidentTiles tiles;
    private boolean tiled;

    IncidentMarkers(LeafletMap map, IncidentRepository incidents) {
        this.map = map;
        this.incidents = incidents;
        this.tiles = new IncidentTiles(map);
        map.addViewChangeListener(e -> {
            if (tiled) {
                tiles.sendViewport();
            }
        });
        map.addFeatureClickListener(e -> {
            if (tiled && IncidentMapLayers.INCIDENTS.equals(e.layerId())) {
                incidents.findById(e.featureId()).ifPresent(incident -> map.openCard(IncidentMapLayers.INCIDENTS,
                        incident.id(), IncidentMapLayers.card(incident).toString()));
            }
        });
    }

    /** Whether a store of this many incidents is drawn in clusters per viewport. */
    static boolean clusteredFor(int incidentCount) {
        return incidentCount > ALL_MARKERS_UP_TO;
    }

    /** Chooses the way of drawing for a store of this many incidents; answers whether it is clusters. */
    boolean useClustersFor(int incidentCount) {
        tiled = clusteredFor(incidentCount);
        return tiled;
    }

    /** Whether the answers are drawn in clusters per viewport. */
    boolean clustered() {
        return tiled;
    }

    /** The tiles sent to the browser, for the view's tests. */
    IncidentTiles tiles() {
        return tiles;
    }

    /**
     * Shows the answer to the question on the map: the incidents up to its last date in its categories, those before
     * its time window or outside its spatial answer dimmed.
     */
    void showAnswers(IncidentQuery query, QueryResult result) {
        if (tiled) {
            tiles.show(AnswerClusters.of(result, dimsOthers(query) ? upToNow(query) : null, incidents));
            return;
        }
        List<String> upToNow = incidents.find(upToNow(query)).stream().map(Incident::id).toList();
        map.showOnly(IncidentMapLayers.INCIDENTS, upToNow);
        map.showOnly(IncidentMapLayers.UNCERTAINTY, upToNow);
        if (!dimsOthers(query)) {
            map.clearHighlight(IncidentMapLayers.INCIDENTS);
            map.clearHighlight(IncidentMapLayers.UNCERTAINTY);
        } else {
            List<String> answering = result.incidents().stream().map(Incident::id).toList();
            map.highlight(IncidentMapLayers.INCIDENTS, answering);
            map.highlight(IncidentMapLayers.UNCERTAINTY, answering);
        }
    }

    /**
     * Whether the question leaves out some of the incidents up to its last date, drawn dimmed: those before its time
     * window or outside its spatial answer.
     */
    private static boolean dimsOthers(IncidentQuery query) {
        return query.spatial() != null || query.filter().from() != null;
    }

    /** The incidents the map draws for a question: those its filters let through up to its last date. */
    private static IncidentFilter upToNow(IncidentQuery query) {
        return query.filter().withDates(null, query.filter().to());
    }

    /** Shows that the question has no answer: every marker or cluster dimmed. */
    void showNoAnswer() {
        if (tiled) {
            tiles.showNoAnswer();
            return;
        }
        map.highlight(IncidentMapLayers.INCIDENTS, List.of());
        map.highlight(IncidentMapLayers.UNCERTAINTY, List.of());
    }

    /**
     * Selects an incident: the map flies to it (to at least {@code minZoom}) and opens its card; when clustered,
     * the map flies in to the zoom at which its cluster has split so that it is drawn on its own, its card is sent,
     * and it is selected (outlined) as soon as the tile that draws it arrives.
     */
    void select(String id, int minZoom) {
        if (!tiled) {
            map.select(IncidentMapLayers.INCIDENTS, id, minZoom);
            return;
        }
        incidents.findById(id).ifPresent(incident -> {
            map.openCard(IncidentMapLayers.INCIDENTS, id, IncidentMapLayers.card(incident).toString());
            int zoom = tiles.zoomShowingSingle(incident, minZoom);
            map.selectAt(IncidentMapLayers.INCIDENTS, id, LatLng.of(incident.location()), zoom);
        });
    }

    /**
     * Presents an incident to an audience at a zoom level (outlined, no card); when clustered, at the closest zoom
     * from there on at which its cluster has split, outlined as soon as the tile that draws it arrives. Only the
     * incident's id and position go to the browser.
     */
    void present(Incident incident, int zoom) {
        if (!tiled) {
            map.present(IncidentMapLayers.INCIDENTS, incident.id(), zoom);
            return;
        }
        map.presentAt(IncidentMapLayers.INCIDENTS, incident.id(), LatLng.of(incident.location()),
                tiles.zoomShowingSingle(incident, zoom));
    }
}
