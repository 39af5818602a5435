package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.editing.ui.EditingControls;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentCaption;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.ingest.ImportPermission;
import org.deconfliction.atlas.ingest.ui.ImportEntry;
import org.deconfliction.atlas.link.LinkAllowance;
import org.deconfliction.atlas.link.ViewLinks;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.QuestionOverlay;
import org.deconfliction.atlas.security.ui.UserMenu;
import org.deconfliction.atlas.story.Story;
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
 * ({@code ?view=lat,lng,zoom&base=tiles&layers=...}).
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
    private final Set<String> layerIds = new LinkedHashSet<>();
    private final IncidentQueryService queries;
    private final QueryPanel queryPanel;
    private final IncidentRepository incidents;
    private final Timeline timeline = new Timeline();
    private final TimelineControls timeControls = new TimelineControls();
    private final TimelineScope timelineScope;
    private final IncidentCaption caption = new IncidentCaption();
    private final IncidentDetail detail = new IncidentDetail();
    private final PresenterMode presenter;
    /** The map with the caption over it: what a snapshot shows. */
    private final Div stage = new Div();
    private final StoryPanel stories;
    private final ViewState viewState;
    private final SidePanel side;
    private final PhoneLayout phone;
    private final AtlasOverlays overlays;
    private final PlaceSearch search;
    private final StoreChangeBroadcast changes;
    private final ShortLinks shortLinks;
    private final QuestionOverlay questionOverlay;
    private final IncidentMarkers markers;
    private Registration storeChanges;
    private String address = "";
    private IncidentQuery query = IncidentQuery.all();
    private boolean restoring;
    private String storyId;
    private int storyStep;

    public AtlasView(AtlasOverlays overlays, SiteRepository siteRepository, IncidentRepository incidents,
            IncidentQueryService queries, StoryRepository storyRepository, UserMenu userMenu, IncidentEditing editing,
            StoreChangeBroadcast changes, ViewLinks links, ImportPermission importPermission) {
        this.changes = changes;
        this.shortLinks = new ShortLinks(links, () -> sessionAllowance(links));
        this.overlays = overlays;
        this.stories = new StoryPanel(storyRepository, this::currentState);
        this.grid = new ResultGrid(id -> siteRepository.findById(id).map(site -> site.name()).orElse(id));
        this.queries = queries;
        this.timelineScope = new TimelineScope(queries, timeline, timeControls);
        this.incidents = incidents;
        this.markers = new IncidentMarkers(map, incidents);
        this.queryPanel = new QueryPanel(siteRepository.findAll());
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        List<Incident> allIncidents = incidents.findAll();
        this.search = new PlaceSearch(siteRepository, allIncidents);
        this.side = new SidePanel(queryPanel, stories, grid, detail);
        PresenterBar presenterBar = new PresenterBar(this::snapshot, () -> presenter().set(false));
        stage.add(map, caption, presenterBar);
        stage.addClassName("atlas-stage");
        MapColumn mapColumn = new MapColumn(stage, timeControls, timeline);
        SplitLayout body = new SplitLayout(mapColumn, side);
        body.addClassName("atlas-body");
        body.setSplitterPosition(64);
        body.setSizeFull();
        // The page's one main landmark: the map column and the side panel (the header is the banner).
        body.getElement().setAttribute("role", "main");
        map.setSizeFull();
        Button present = new Button("Present (P)");
        present.setAriaLabel("Present: full screen with a caption of the current incident");
        PresenterKeys.requestFullScreenOnClick(present);
        Button snapshot = new Button("Snapshot PNG");
        snapshot.setAriaLabel("Save the map, its drawn region and caption as a PNG image for slides");
        snapshot.addClickListener(e -> snapshot());
        present.addClickListener(e -> presenter().set(true));
        EditingControls editingControls = new EditingControls(editing, siteRepository, map,
                () -> timeControls.getState().current(), this::showChanged);
        detail.setActions(editingControls.cardActions(), editingControls::act);
        this.phone = new PhoneLayout(side, grid);
        AtlasHeader header = new AtlasHeader(search, phone.toggle(), editingControls, new ImportEntry(importPermission),
                snapshot, present, userMenu);
        add(header, body);
        setFlexGrow(1, body);
        this.presenter = new PresenterMode(this, List.of(header, side), map, caption, timeControls,
                () -> incidents.find(query.filter().withDates(null, null)));
        presenter.onChange(presenterBar::setVisible);

        layerIds.addAll(overlays.addTo(map, allIncidents, markers.useClustersFor(allIncidents.size())));
        this.questionOverlay = overlays.questionOverlay(map);
        this.viewState = new ViewState(map, layerIds, timeControls, queryPanel, grid, incidents, stories, detail);
        map.enableDrawing();
        timeline.setIncidents(allIncidents);
        timeControls.setIncidents(allIncidents);
        timeControls.connect(timeline);
        query = query.withFilter(timeControls.getState().applyTo(query.filter()));
        run();
        timeControls.addStateChangeListener(e -> {
            query = query.withFilter(e.state().applyTo(query.filter()));
            run();
            presenter.follow(e.state());
            writeUrl(true);
        });

        map.addViewChangeListener(e -> writeUrl(false));
        map.addLayerToggleListener(e -> writeUrl(false));
        map.addBaseLayerChangeListener(e -> writeUrl(false));
        map.addFeatureClickListener(e -> {
            if (IncidentMapLayers.INCIDENTS.equals(e.layerId())) {
                presenter.presentIncident(e.featureId());
                grid.selectIncident(e.featureId());
                showDetail(e.featureId());
                writeUrl(false);
            }
        });
        timeline.addIncidentListener(e -> {
            pick(e.incidentId());
            writeUrl(false);
        });
        grid.addIncidentPickedListener(incident -> {
            markers.select(incident.id(), PICKED_ZOOM);
            detail.show(incident);
            writeUrl(false);
        });
        queryPanel.addConditionListener(this::ask);
        queryPanel.addUnaskableListener(() -> {
            grid.show(List.of());
            markers.showNoAnswer();
            questionOverlay.clear();
        });
        queryPanel.addCategoryListener(chosen -> {
            query = query.withFilter(query.filter().withCategories(chosen));
            run();
            writeUrl(false);
        });
        stories.addStepChosenListener(e -> applyStep(e.story(), e.number()));
        stories.addPresentListener(e -> presenter.presentStory(stories));
        map.addRegionDrawnListener(e -> queryPanel.regionDrawn(e.shape(), e.geometry(), e.radiusMetres()));
        map.addRegionClearedListener(e -> queryPanel.regionCleared());
        queryPanel.addRegionTypedListener(shape -> map.showRegion(shape.shape(), shape.geometryGeoJson(), shape.radiusMetres()));
        search.addChoiceListener(hit -> {
            if (IncidentMapLayers.INCIDENTS.equals(hit.layerId())) {
                pick(hit.featureId());
            } else {
                map.select(hit.layerId(), hit.featureId(), PICKED_ZOOM);
            }
        });
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
            writeUrl(false);
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

    /** Asks the incidents a new spatial question (null for none), keeping the other filters. */
    private void ask(SpatialCondition condition) {
        query = query.withSpatial(condition);
        run();
        writeUrl(false);
    }

    /**
     * Answers the question and shows the answer: in the grid and the counts, and on the map, where incidents after
     * the current date or outside the chosen categories are hidden, and those before the time window or outside the
     * spatial answer are faded.
     */
    private void run() {
        QueryResult result;
        try {
            result = queries.run(query);
            timelineScope.follow(query);
        } catch (AnalysisTooComplexException | AnalysisBusyException e) {
            queryPanel.showProblem("This question got no answer: " + e.getMessage());
            return;
        }
        grid.show(result.answers());
        queryPanel.showResult(result);
        questionOverlay.show(result);
        markers.showAnswers(query, result);
    }

    /**
     * Shows the incidents as the store holds them now: on the map, the timeline, in the search box, and in the grid,
     * counts and map answers of the current question, which is asked again.
     */
    void refreshIncidents() {
        List<Incident> all = incidents.findAll();
        overlays.showIncidents(map, all, markers.useClustersFor(all.size()));
        timelineScope.forget();
        search.setIncidents(all);
        run();
        detail.shown().ifPresent(shown -> detail.refresh(shown.id(), incidents.findById(shown.id())));
    }

    /** Selects the incident with this id on the map (zoomed to it), in the grid and in the full card beside it. */
    private void pick(String id) {
        markers.select(id, PICKED_ZOOM);
        grid.selectIncident(id);
        showDetail(id);
    }

    /** Shows the full card of the incident with this id beside the grid; nothing for an unknown id. */
    private void showDetail(String id) {
        incidents.findById(id).ifPresent(detail::show);
    }

    /** After this session changed incident {@code id}: shows the store as it is, with the incident selected while it exists. */
    private void showChanged(String id) {
        refreshIncidents();
        if (incidents.findById(id).isPresent()) {
            pick(id);
        } else {
            map.clearSelection();
        }
        writeUrl(false);
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

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> ignored = new ArrayList<>();
        parameters = shortLinks.resolve(parameters, ignored);
        if (viewState.applyStory(parameters, ignored)) {
            side.showStories();
            notice(ignored);
            return;
        }
        storyId = null;
        restoring = true;
        try {
            ignored.addAll(viewState.apply(parameters));
        } finally {
            restoring = false;
        }
        notice(ignored);
        writeUrl(false);
    }

    /** Brings the view to a story step's saved state, shows its caption when presenting, and names it in the URL. */
    private void applyStep(Story story, int number) {
        restoring = true;
        try {
            notice(viewState.apply(story.step(number).state()));
        } finally {
            restoring = false;
        }
        storyId = story.id();
        storyStep = number;
        presenter.showStep(story, number);
        writeUrl(true);
    }

    /** The query string last written into the address bar, for the view's tests. */
    String address() {
        return address;
    }

    /** The session's allowance of new short links, made on first use. */
    private static LinkAllowance sessionAllowance(ViewLinks links) {
        VaadinSession session = VaadinSession.getCurrent();
        LinkAllowance allowance = session.getAttribute(LinkAllowance.class);
        if (allowance == null) {
            allowance = links.newAllowance();
            session.setAttribute(LinkAllowance.class, allowance);
        }
        return allowance;
    }

    /** The view's state as a link's parameters (what a story step saves). */
    Map<String, List<String>> currentState() {
        return viewState.current();
    }

    private static void notice(List<String> ignored) {
        if (!ignored.isEmpty()) {
            Notification.show(String.join("; ", ignored), 6000, Notification.Position.BOTTOM_START);
        }
    }

    /**
     * Writes the view's state into the URL: as a new history entry for a new step in time (so the browser's back
     * button returns to the previous one), in place for anything else; not while the state is being read from it.
     */
    private void writeUrl(boolean newStep) {
        if (restoring) {
            return;
        }
        String query = shortLinks.write(viewState.current(), storyId, storyStep, text -> notice(List.of(text)));
        address = query;
        String method = newStep ? "pushState" : "replaceState";
        getUI().ifPresent(ui -> ui.getPage().executeJs("history." + method + "(history.state, '', $0)", query));
    }
}
