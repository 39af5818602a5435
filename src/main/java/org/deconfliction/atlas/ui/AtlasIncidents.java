package org.deconfliction.atlas.ui;

import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.timeline.ui.Timeline;

/**
 * The main view's incidents as the store holds them: drawn on the map (each as its own marker in a small store,
 * clustered per viewport in a large one, where no list of all incidents is read), searched by the search box, and one
 * of them picked at a time on the map, in the grid and in its full card.
 */
final class AtlasIncidents {

    private final IncidentRepository incidents;
    private final LeafletMap map;
    private final IncidentMarkers markers;
    private final ResultGrid grid;
    private final IncidentDetail detail;

    AtlasIncidents(IncidentRepository incidents, LeafletMap map, IncidentMarkers markers, ResultGrid grid,
            IncidentDetail detail) {
        this.incidents = incidents;
        this.map = map;
        this.markers = markers;
        this.grid = grid;
        this.detail = detail;
    }

    /**
     * Chooses how the map draws a store of the size it has now; answers the incidents to draw as markers, none
     * (and none read) when they are drawn in clusters.
     */
    List<Incident> toDraw() {
        boolean clustered = markers.useClustersFor(incidents.count(IncidentFilter.all()));
        return clustered ? List.of() : incidents.findAll();
    }

    /** Whether the map draws the incidents clustered per viewport. */
    boolean clustered() {
        return markers.clustered();
    }

    /** Shows the incident's card as the store holds it now, or closes it when the incident is gone. */
    void refreshDetail() {
        detail.shown().ifPresent(shown -> detail.refresh(shown.id(), incidents.findById(shown.id())));
    }

    /** Selects the incident with this id on the map (zoomed to it), in the grid and in the full card beside it. */
    void pick(String id) {
        markers.select(id, AtlasView.PICKED_ZOOM);
        grid.selectIncident(id);
        showDetail(id);
    }

    /**
     * Picks the incident clicked on the map (and presents it), on the timeline, in the grid or in the search box,
     * where a site chosen is selected on the map; {@code picked} runs after each pick.
     */
    void listenTo(Timeline timeline, ResultGrid pickedIn, PlaceSearch search, PresenterMode presenter,
            Runnable picked) {
        map.addFeatureClickListener(e -> {
            if (IncidentMapLayers.INCIDENTS.equals(e.layerId())) {
                presenter.presentIncident(e.featureId());
                grid.selectIncident(e.featureId());
                showDetail(e.featureId());
                picked.run();
            }
        });
        timeline.addIncidentListener(e -> {
            pick(e.incidentId());
            picked.run();
        });
        pickedIn.addIncidentPickedListener(incident -> {
            markers.select(incident.id(), AtlasView.PICKED_ZOOM);
            detail.show(incident);
            picked.run();
        });
        search.addChoiceListener(hit -> {
            if (IncidentMapLayers.INCIDENTS.equals(hit.layerId())) {
                pick(hit.featureId());
            } else {
                map.select(hit.layerId(), hit.featureId(), AtlasView.PICKED_ZOOM);
            }
        });
    }

    /** After this session changed incident {@code id}: selects it while it exists, else clears the map's selection. */
    void changed(String id) {
        if (incidents.findById(id).isPresent()) {
            pick(id);
        } else {
            map.clearSelection();
        }
    }

    /** Shows the full card of the incident with this id beside the grid; nothing for an unknown id. */
    private void showDetail(String id) {
        incidents.findById(id).ifPresent(detail::show);
    }
}
