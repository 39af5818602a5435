package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.story.Story;
import org.deconfliction.atlas.story.ui.StoryPanel;
import org.deconfliction.atlas.timeline.TimelineUrlState;
import org.deconfliction.atlas.timeline.ui.TimelineControls;

/**
 * The main view's state as URL parameters, both ways: read from the components for a link or a story step, and
 * applied to them from a link or a step. Applying never fails; what cannot be used is answered as messages for a
 * notice, and the rest still applies.
 */
final class ViewState {

    private final LeafletMap map;
    private final IncidentMarkers markers;
    private final Set<String> layerIds;
    private final TimelineControls time;
    private final QueryPanel question;
    private final ResultGrid grid;
    private final IncidentRepository incidents;
    private final StoryPanel stories;
    private final IncidentDetail detail;

    ViewState(LeafletMap map, Set<String> layerIds, TimelineControls time, QueryPanel question, ResultGrid grid,
            IncidentRepository incidents, StoryPanel stories, IncidentDetail detail, IncidentMarkers markers) {
        this.map = map;
        this.markers = markers;
        this.layerIds = layerIds;
        this.time = time;
        this.question = question;
        this.grid = grid;
        this.incidents = incidents;
        this.stories = stories;
        this.detail = detail;
    }

    /** The state now, as the parameters a link or a story step carries. */
    Map<String, List<String>> current() {
        return AtlasUrl.parameters(map, time.getState(), question.urlState(), IncidentMapLayers.INCIDENTS);
    }

    /** Applies the map's view, base layer and overlays, the timeline, the question and the selected incident; answers what was ignored. */
    List<String> apply(Map<String, List<String>> parameters) {
        MapUrlState mapState = MapUrlState.read(parameters, layerIds, map.getBaseLayerIds());
        // Without a view the map opens on all the incidents shipped or stored.
        mapState.view().ifPresentOrElse(map::setView, () -> map.fitTo(IncidentMapLayers.INCIDENTS));
        mapState.baseLayer().ifPresent(map::setBaseLayer);
        mapState.layers().ifPresent(shown -> layerIds.forEach(id -> map.setLayerVisible(id, shown.contains(id))));
        List<String> ignored = new ArrayList<>(mapState.ignored());
        TimelineUrlState timeState = TimelineUrlState.read(parameters);
        ignored.addAll(timeState.ignored());
        if (!timeState.asksForNothing()) {
            time.setState(timeState.applyTo(time.getState()));
        }
        question.restore(QueryUrlState.read(parameters), ignored).ifPresentOrElse(
                shape -> map.showRegion(shape.shape(), shape.geometryGeoJson(), shape.radiusMetres()), map::clearRegion);
        String incident = AtlasUrl.first(parameters, AtlasUrl.INCIDENT);
        if (incident != null) {
            Optional<Incident> found = incidents.findById(incident);
            if (found.isPresent()) {
                markers.select(incident, mapState.view().map(v -> v.zoom()).orElse(AtlasView.PICKED_ZOOM));
                grid.selectIncident(incident);
                detail.show(found.get());
            } else {
                ignored.add("incident '" + incident + "' was ignored: there is no such incident");
                map.clearSelection();
                detail.close();
            }
        } else {
            map.clearSelection();
            detail.close();
        }
        return ignored;
    }

    /**
     * Opens the story step a link names ({@code story=<id>&step=<n>}, step 1 when not given) through the story
     * panel, which reports it as chosen; answers false when the link names no usable story.
     */
    boolean applyStory(Map<String, List<String>> parameters, List<String> ignored) {
        String id = AtlasUrl.first(parameters, AtlasUrl.STORY);
        if (id == null) {
            return false;
        }
        if (!stories.showStory(id)) {
            ignored.add("story '" + id + "' was ignored: there is no such story");
            return false;
        }
        int size = stories.story().map(Story::size).orElse(0);
        String stepText = AtlasUrl.first(parameters, AtlasUrl.STEP);
        int number = 1;
        if (stepText != null) {
            number = stepText.matches("\\d{1,4}") ? Integer.parseInt(stepText) : 0;
            if (number < 1 || number > size) {
                ignored.add("step '" + stepText + "' was ignored: the story has steps 1 to " + size);
                number = 1;
            }
        }
        stories.chooseStep(number);
        return true;
    }
}
