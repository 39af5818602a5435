package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.deconfliction.atlas.timeline.TimelineUrlState;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.site.ui.SiteMapLayer;

/**
 * The main view: the map of the deconfliction area with reference layers, sites and incidents, a grid of the
 * incidents beside it and a search box above. Selecting an incident on the map or in the grid selects it in
 * both. The map's view and shown overlays live in the URL ({@code ?view=lat,lng,zoom&layers=...}).
 */
@Route("")
@PageTitle("Deconfliction Atlas")
public class AtlasView extends VerticalLayout implements BeforeEnterObserver {

    /** Zoom level an incident or site is shown at when picked from the grid or the search box. */
    static final int PICKED_ZOOM = 10;

    private final LeafletMap map = new LeafletMap();
    private final ResultGrid grid = new ResultGrid();
    private final Set<String> layerIds = new LinkedHashSet<>();
    private final IncidentQueryService queries;
    private final QueryPanel queryPanel;
    private final IncidentRepository incidents;
    private final Timeline timeline = new Timeline();
    private final TimelineControls timeControls = new TimelineControls();
    private IncidentQuery query = IncidentQuery.all();

    public AtlasView(BaseLayerSettings baseLayers, ReferenceMapLayers reference, SiteMapLayer sites,
            SiteRepository siteRepository, IncidentRepository incidents, IncidentQueryService queries) {
        this.queries = queries;
        this.incidents = incidents;
        this.queryPanel = new QueryPanel(siteRepository.findAll());
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        List<Incident> allIncidents = incidents.findAll();
        PlaceSearch search = new PlaceSearch(siteRepository, allIncidents);
        VerticalLayout side = new VerticalLayout(queryPanel, grid);
        side.setSizeFull();
        side.setPadding(false);
        side.setFlexGrow(1, grid);
        timeline.setWidthFull();
        timeline.setHeight("130px");
        VerticalLayout mapColumn = new VerticalLayout(map, timeControls, timeline);
        mapColumn.setSizeFull();
        mapColumn.setPadding(false);
        mapColumn.setSpacing(false);
        mapColumn.setFlexGrow(1, map);
        SplitLayout body = new SplitLayout(mapColumn, side);
        body.setSplitterPosition(64);
        body.setSizeFull();
        map.setSizeFull();
        add(header(search), body);
        setFlexGrow(1, body);

        map.setBaseLayers(baseLayers.layers(), baseLayers.active());
        List<GeoJsonLayer> overlays = new ArrayList<>(reference.layers());
        overlays.add(sites.layer());
        overlays.add(IncidentMapLayers.uncertainty(allIncidents));
        overlays.add(IncidentMapLayers.markers(allIncidents));
        layerIds.add(LeafletMap.BORDERS_LAYER);
        overlays.forEach(layer -> {
            map.showGeoJson(layer);
            layerIds.add(layer.id());
        });
        List<LegendEntry> legend = new ArrayList<>(reference.legend());
        legend.addAll(sites.legend());
        legend.addAll(IncidentMapLayers.legend());
        map.setLegend(legend);
        map.enableDrawing();
        timeline.setIncidents(allIncidents);
        timeControls.setIncidents(allIncidents);
        timeControls.connect(timeline);
        query = query.withFilter(timeControls.getState().applyTo(query.filter()));
        run();
        timeControls.addStateChangeListener(e -> {
            query = query.withFilter(e.state().applyTo(query.filter()));
            run();
            writeUrl();
        });

        map.addViewChangeListener(e -> writeUrl());
        map.addLayerToggleListener(e -> writeUrl());
        map.addFeatureClickListener(e -> {
            if (IncidentMapLayers.INCIDENTS.equals(e.layerId())) {
                grid.selectIncident(e.featureId());
                writeUrl();
            }
        });
        grid.addIncidentPickedListener(incident -> {
            map.select(IncidentMapLayers.INCIDENTS, incident.id(), PICKED_ZOOM);
            writeUrl();
        });
        queryPanel.addConditionListener(this::ask);
        map.addRegionDrawnListener(e -> queryPanel.regionDrawn(e.shape(), e.geometry(), e.radiusMetres()));
        map.addRegionClearedListener(e -> queryPanel.regionCleared());
        search.addChoiceListener(hit -> {
            map.select(hit.layerId(), hit.featureId(), PICKED_ZOOM);
            if (IncidentMapLayers.INCIDENTS.equals(hit.layerId())) {
                grid.selectIncident(hit.featureId());
            }
        });
    }

    private static Header header(PlaceSearch search) {
        H1 title = new H1("Deconfliction Atlas");
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        Span subtitle = new Span("US-led, Russian, pro-government and Iran-backed forces in eastern Syria, 2014–2021");
        subtitle.getStyle().set("font-size", "0.875rem").set("color", "var(--vaadin-text-color-secondary, #555)")
                .set("flex-grow", "1");
        Header header = new Header(title, subtitle, search);
        header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "1rem")
                .set("padding", "0.25rem 1rem").set("flex-wrap", "wrap").set("width", "100%")
                .set("box-sizing", "border-box");
        return header;
    }

    /** Asks the incidents a new spatial question (null for none), keeping the other filters. */
    private void ask(SpatialCondition condition) {
        query = query.withSpatial(condition);
        run();
        writeUrl();
    }

    private void run() {
        QueryResult result = queries.run(query);
        grid.show(result.answers());
        queryPanel.showResult(result);
        List<String> inTime = incidents.find(query.filter()).stream().map(i -> i.id()).toList();
        map.showOnly(IncidentMapLayers.INCIDENTS, inTime);
        map.showOnly(IncidentMapLayers.UNCERTAINTY, inTime);
        if (query.spatial() == null) {
            map.clearHighlight(IncidentMapLayers.INCIDENTS);
            map.clearHighlight(IncidentMapLayers.UNCERTAINTY);
        } else {
            List<String> ids = result.answers().stream().map(a -> a.incident().id()).toList();
            map.highlight(IncidentMapLayers.INCIDENTS, ids);
            map.highlight(IncidentMapLayers.UNCERTAINTY, ids);
        }
    }

    /** The query panel, for the view's tests. */
    QueryPanel queryPanel() {
        return queryPanel;
    }

    /** The map, for the view's tests. */
    LeafletMap map() {
        return map;
    }

    /** The incident grid, for the view's tests. */
    ResultGrid grid() {
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        MapUrlState state = MapUrlState.read(parameters, layerIds);
        state.view().ifPresent(map::setView);
        state.layers().ifPresent(shown -> layerIds.forEach(id -> map.setLayerVisible(id, shown.contains(id))));
        List<String> ignored = new ArrayList<>(state.ignored());
        TimelineUrlState time = TimelineUrlState.read(parameters);
        ignored.addAll(time.ignored());
        if (!time.asksForNothing()) {
            timeControls.setState(time.applyTo(timeControls.getState()));
        }
        queryPanel.restore(QueryUrlState.read(parameters), ignored)
                .ifPresent(shape -> map.showRegion(shape.shape(), shape.geometryGeoJson(), shape.radiusMetres()));
        String incident = AtlasUrl.incident(parameters);
        if (incident != null) {
            if (incidents.findById(incident).isPresent()) {
                map.select(IncidentMapLayers.INCIDENTS, incident, state.view().map(v -> v.zoom()).orElse(PICKED_ZOOM));
                grid.selectIncident(incident);
            } else {
                ignored.add("incident '" + incident + "' was ignored: there is no such incident");
            }
        }
        if (!ignored.isEmpty()) {
            Notification.show(String.join("; ", ignored), 6000, Notification.Position.BOTTOM_START);
        }
    }

    private void writeUrl() {
        String query = AtlasUrl.write(map, timeControls.getState(), queryPanel.urlState(), IncidentMapLayers.INCIDENTS);
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', $0)", query));
    }
}
