package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.export.AnswerFiles;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.editing.ui.EditingControls;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentCaption;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.ingest.ImportPermission;
import org.deconfliction.atlas.ingest.ui.ImportEntry;
import org.deconfliction.atlas.link.ViewLinks;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ui.AnswerDownload;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.security.ui.UserMenu;
import org.deconfliction.atlas.story.StoryRepository;
import org.deconfliction.atlas.story.ui.StoryPanel;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.site.SiteRepository;

/**
 * The main view: the map of the deconfliction area with reference layers, sites and incidents, a grid of the
 * incidents beside it and a search box above. Selecting an incident on the map or in the grid selects it in
 * both. The map's view, base layer and shown overlays live in the URL
 * ({@code ?view=lat,lng,zoom&base=tiles&layers=...}). The view lays its parts out and wires them: the question
 * ({@link AtlasQuestion}), the incidents and the one picked ({@link AtlasIncidents}), the address ({@link AtlasAddress}).
 */
@Route("")
@PageTitle("Deconfliction Atlas")
@AnonymousAllowed
@CssImport("./atlas-view.css")
@JsModule("./atlas-snapshot.ts")
@NpmPackage(value = "html-to-image", version = "1.11.13")
public class AtlasView extends VerticalLayout implements BeforeEnterObserver {

    /** Zoom level an incident or site is shown at when picked from the grid or the search box. */
    static final int PICKED_ZOOM = 10;

    private final LeafletMap map = new LeafletMap();
    private final ResultGrid grid;
    private final QueryPanel queryPanel;
    private final Timeline timeline = new Timeline();
    private final TimelineControls timeControls = new TimelineControls();
    private final TimelineScope timelineScope;
    private final IncidentCaption caption = new IncidentCaption();
    private final IncidentDetail detail = new IncidentDetail();
    private final PresenterMode presenter;
    /** The map with the caption over it: what a snapshot shows. */
    private final Div stage = new Div();
    private final ViewState viewState;
    private final PhoneLayout phone;
    private final AtlasOverlays overlays;
    private final PlaceSearch search;
    private final StoreChangeBroadcast changes;
    private final IncidentMarkers markers;
    private final AtlasIncidents shown;
    private final AtlasQuestion question;
    private final AtlasAddress address;
    private Registration storeChanges;

    public AtlasView(AtlasOverlays overlays, SiteRepository siteRepository, IncidentRepository incidents,
            IncidentQueryService queries, StoryRepository storyRepository, UserMenu userMenu, IncidentEditing editing,
            StoreChangeBroadcast changes, ViewLinks links, ImportPermission importPermission, StoredDayCounts dayCounts,
            AnswerFiles answerFiles, SearchIndex searchIndex, SharedAnswers sharedAnswers) {
        this.changes = changes;
        this.address = new AtlasAddress(this, links);
        this.overlays = overlays;
        StoryPanel stories = new StoryPanel(storyRepository, this::currentState);
        this.grid = new ResultGrid(id -> siteRepository.findById(id).map(site -> site.name()).orElse(id), queries::sorted);
        this.timelineScope = new TimelineScope(sharedAnswers, queries, dayCounts, timeline, timeControls);
        this.markers = new IncidentMarkers(map, incidents);
        this.shown = new AtlasIncidents(incidents, map, markers, grid, detail);
        this.queryPanel = new QueryPanel(siteRepository.findAll());
        queryPanel.offerExport(new AnswerDownload("Export GeoPackage", "gpkg", AnswerFiles.GEOPACKAGE_TYPE,
                (result, out) -> answerFiles.writeGeoPackage(result, Instant.now(), out)));
        queryPanel.offerExport(new AnswerDownload("Export ACLED CSV", "acled.csv", "text/csv;charset=UTF-8",
                (result, out) -> answerFiles.writeAcledCsv(result, Instant.now(), out)));
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        this.search = new PlaceSearch(searchIndex);
        SidePanel side = new SidePanel(queryPanel, stories, grid, detail);
        PresenterBar presenterBar = new PresenterBar(this::snapshot, () -> presenter().set(false));
        stage.add(map, caption, presenterBar);
        stage.addClassName("atlas-stage");
        MapColumn mapColumn = new MapColumn(stage, timeControls, timeline);
        SplitLayout body = AtlasBody.of(mapColumn, side);
        map.setSizeFull();
        Button present = AtlasBody.presentButton(() -> presenter().set(true));
        Button snapshot = AtlasBody.snapshotButton(this::snapshot);
        EditingControls editingControls = new EditingControls(editing, siteRepository, map,
                () -> timeControls.getState().current(), this::showChanged);
        detail.setActions(editingControls.cardActions(), editingControls::act);
        this.phone = new PhoneLayout(side, grid);
        AtlasHeader header = new AtlasHeader(search, phone.toggle(), editingControls, new ImportEntry(importPermission),
                snapshot, present, userMenu);
        add(header, body);
        setFlexGrow(1, body);

        Set<String> layerIds = new LinkedHashSet<>(overlays.addTo(map, shown.toDraw(), shown.clustered()));
        this.question = new AtlasQuestion(sharedAnswers, timelineScope, queryPanel, grid, overlays.questionOverlay(map),
                markers);
        this.presenter = new PresenterMode(this, List.of(header, side), map, markers, caption, timeControls,
                new PresentedSequence(incidents, () -> question.query().filter().withDates(null, null)));
        presenter.onChange(presenterBar::setVisible);
        this.viewState = new ViewState(map, layerIds, timeControls, queryPanel, grid, incidents, stories, detail, markers);
        address.connect(viewState, presenter, side);
        map.enableDrawing();
        timeControls.connect(timeline);
        // The timeline's incidents first, so that its state starts at the last of them.
        timelineScope.follow(question.query());
        question.atTime(timeControls.getState());
        timeControls.addStateChangeListener(e -> {
            question.atTime(e.state());
            presenter.follow(e.state());
            address.write(true);
        });

        map.addViewChangeListener(e -> address.write(false));
        map.addLayerToggleListener(e -> address.write(false));
        map.addBaseLayerChangeListener(e -> address.write(false));
        shown.listenTo(timeline, grid, search, presenter, () -> address.write(false));
        question.listenTo(() -> address.write(false));
        stories.addStepChosenListener(e -> address.applyStep(e.story(), e.number()));
        stories.addPresentListener(e -> presenter.presentStory(stories));
        map.addRegionDrawnListener(e -> queryPanel.regionDrawn(e.shape(), e.geometry(), e.radiusMetres()));
        map.addRegionClearedListener(e -> queryPanel.regionCleared());
        queryPanel.addRegionTypedListener(shape -> map.showRegion(shape.shape(), shape.geometryGeoJson(), shape.radiusMetres()));
    }

    /** Downloads the map with its drawn region, legend and caption as a PNG named after the current date. */
    private void snapshot() {
        stage.getElement().executeJs("return window.atlasSnapshot(this, $0)",
                "deconfliction-atlas-" + timeControls.getState().current() + ".png");
    }

    private PresenterMode presenter() {
        return presenter;
    }

    /** A key pressed anywhere but in an input field, sent by the listener installed on attach. */
    @ClientCallable
    void presenterKey(String key) {
        if (presenter.key(key)) {
            address.write(false);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        PresenterKeys.install(this);
        phone.follow(attachEvent.getUI());
        // Vaadin's connection indicator says whether the server is reachable: a status, as screen readers should hear it.
        attachEvent.getUI().getPage().executeJs(
                "document.querySelector('vaadin-connection-indicator')?.setAttribute('role', 'status')");
        storeChanges = changes.register(attachEvent.getUI(), this::refreshIncidents);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        storeChanges.remove();
        super.onDetach(detachEvent);
    }

    /**
     * Shows the incidents as the store holds them now: on the map, the timeline, in the search box, and in the grid,
     * counts and map answers of the current question, which is asked again. A store drawn in clusters is not read
     * as a whole; the search box reads it at its next search.
     */
    void refreshIncidents() {
        overlays.showIncidents(map, shown.toDraw(), shown.clustered());
        timelineScope.forget();
        search.forgetIncidents();
        question.run();
        shown.refreshDetail();
    }

    /** After this session changed incident {@code id}: shows the store as it is, with the incident selected while it exists. */
    private void showChanged(String id) {
        refreshIncidents();
        shown.changed(id);
        address.write(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address.enter(event.getLocation().getQueryParameters().getParameters());
    }

    /** The view's state as a link's parameters (what a story step saves). */
    Map<String, List<String>> currentState() {
        return viewState.current();
    }

    /** The query string last written into the address bar, for the view's tests. */
    String address() {
        return address.address();
    }

    /** The presenter's caption, for the view's tests. */
    IncidentCaption caption() {
        return caption;
    }

    /** The presenter, for the view's tests. */
    PresenterMode presenterMode() {
        return presenter;
    }

    /** The query panel, for the view's tests. */
    QueryPanel queryPanel() {
        return queryPanel;
    }

    /** The incident markers, for the view's tests. */
    IncidentMarkers markers() {
        return markers;
    }

    /** The map, for the view's tests. */
    LeafletMap map() {
        return map;
    }

    /** The selected incident's full card, for the view's tests. */
    IncidentDetail detail() {
        return detail;
    }

    /** The incident grid, for the view's tests. */
    ResultGrid grid() {
        return grid;
    }
}
