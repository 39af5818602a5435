package org.deconfliction.atlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map. Base layers, GeoJSON overlays, the view and the legend are set from the server; the map reports
 * view changes, clicks on the map and on features, and overlays ticked in its layer switcher. It always carries
 * an offline overlay of country borders (Natural Earth, id {@value #BORDERS_LAYER}) so it stays readable
 * without tiles.
 */
@Tag("atlas-map")
@JsModule("./atlas-map.ts")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("./atlas-map.css")
@CssImport("@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "mgrs", version = "2.2.0")
@NpmPackage(value = "@geoman-io/leaflet-geoman-free", version = "2.18.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@NpmPackage(value = "@types/topojson-client", version = "3.1.5", dev = true)
@NpmPackage(value = "@types/topojson-specification", version = "1.0.5", dev = true)
@NpmPackage(value = "@types/geojson", version = "7946.0.16", dev = true)
public class LeafletMap extends Component implements HasSize {

    /** Id of the built-in overlay of country borders. */
    public static final String BORDERS_LAYER = "borders";
    /**
     * Properties that make a point feature of a tiled overlay a cluster marker: how many it stands for (shown as
     * text), their split by the value of the overlay's paint property (an object of value to count, drawn as coloured
     * sectors) and the box that holds them ([west, south, east, north]; a click zooms to it).
     */
    public static final String CLUSTER_COUNT = "clusterCount";
    public static final String CLUSTER_PARTS = "clusterParts";
    public static final String CLUSTER_EXTENT = "clusterExtent";
    /**
     * Property of a cluster marker: how many features it stands for besides those of {@link #CLUSTER_COUNT}, drawn as
     * a grey sector (a cluster of only these is drawn dimmed, their number as its text).
     */
    public static final String CLUSTER_OTHERS = "clusterOthers";
    /** Property that draws a feature of a tiled overlay dimmed, as {@link #highlight} dims those it leaves out. */
    public static final String DIMMED = "dimmed";
    /**
     * Property that makes a point feature of an overlay drawn without point markers a circle of this radius (metres
     * on the ground) around the point, drawn by the browser.
     */
    public static final String CIRCLE_RADIUS = "circleRadius";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> visibleOverlays = new LinkedHashSet<>(Set.of(BORDERS_LAYER));
    private final Set<String> baseLayerIds = new LinkedHashSet<>();
    private String baseLayer;
    private List<LegendEntry> legend = List.of();
    private List<LegendEntry> legendSent;
    private MapView view = new MapView(new LatLng(35.0, 39.5), 7);
    private Envelope bounds = new Envelope();
    private FeatureRef selection;

    public LeafletMap() {
        addViewChangeListener(e -> {
            view = e.view();
            bounds = e.bounds();
        });
        addFeatureClickListener(e -> selection = new FeatureRef(e.layerId(), e.featureId()));
        addLayerToggleListener(e -> setTracked(e.layerId(), e.visible()));
        addBaseLayerChangeListener(e -> {
            if (baseLayerIds.contains(e.layerId())) {
                baseLayer = e.layerId();
            }
        });
    }

    /** Replaces the base layers and selects the one with {@code activeId}. */
    public void setBaseLayers(List<BaseLayer> layers, String activeId) {
        getElement().callJsFunction("setBaseLayers", JSON.writeValueAsString(layers), activeId);
        baseLayerIds.clear();
        layers.forEach(layer -> baseLayerIds.add(layer.id()));
        baseLayer = baseLayerIds.contains(activeId) ? activeId : null;
    }

    /** Shows the base layer with this id instead of the current one; an unknown id changes nothing. */
    public void setBaseLayer(String id) {
        if (baseLayerIds.contains(id) && !id.equals(baseLayer)) {
            getElement().callJsFunction("setBaseLayer", id);
            baseLayer = id;
        }
    }

    /** The id of the base layer shown now, or null before base layers are set. */
    public String getBaseLayer() {
        return baseLayer;
    }

    /** The ids of the base layers offered, in the layer switcher's order. */
    public Set<String> getBaseLayerIds() {
        return Collections.unmodifiableSet(baseLayerIds);
    }

    /** Shows an overlay of GeoJSON features, replacing any overlay with the same id. */
    public void showGeoJson(GeoJsonLayer layer) {
        getElement().callJsFunction("setGeoJsonLayer", JSON.writeValueAsString(layer));
        setTracked(layer.id(), layer.visible());
    }

    /**
     * Adds tiles of features to a tiled overlay ({@link GeoJsonLayer#tiled}): {@code tilesJson} is an array of
     * {@code {"key": "z/x/y", "zoom": z, "geojson": FeatureCollection}}, each drawn while the map is at its zoom.
     * Tiles of an older {@code generation} than the overlay's last {@link #clearTiles} are ignored.
     */
    public void addTiles(String layerId, int generation, String tilesJson) {
        getElement().callJsFunction("addTiles", layerId, generation, tilesJson);
    }

    /**
     * Asks the browser to report its view again as soon as it has drawn what it was sent, so that the tiles left out
     * of one message (the byte budget per message) come in the next.
     */
    public void requestViewAgain() {
        getElement().callJsFunction("reportViewSoon");
    }

    /** Removes every tile of a tiled overlay and starts a new generation of them. */
    public void clearTiles(String layerId, int generation) {
        getElement().callJsFunction("clearTiles", layerId, generation);
    }

    /**
     * Gives the card of one feature of a tiled overlay (its properties as a JSON object, shown with the overlay's
     * popup fields as text) and opens it on the feature, now or as soon as the feature is drawn.
     */
    public void openCard(String layerId, String featureId, String propertiesJson) {
        getElement().callJsFunction("openCard", layerId, featureId, propertiesJson);
    }

    /** Removes an overlay; nothing happens if there is none with this id. */
    public void removeLayer(String id) {
        getElement().callJsFunction("removeOverlay", id);
        setTracked(id, false);
    }

    /** Shows or hides an overlay, as ticking it in the layer switcher would. */
    public void setLayerVisible(String id, boolean visible) {
        getElement().callJsFunction("setOverlayVisible", id, visible);
        setTracked(id, visible);
    }

    /** The ids of the overlays shown now, in the order they were first shown. */
    public Set<String> getVisibleLayers() {
        return Collections.unmodifiableSet(visibleOverlays);
    }

    /** Moves the map to a view. */
    public void setView(MapView newView) {
        getElement().callJsFunction("setView", newView.centre().lat(), newView.centre().lng(), newView.zoom());
        this.view = newView;
    }

    /** The view last set or last reported by the browser. */
    public MapView getView() {
        return view;
    }

    /** The box the browser last reported showing, in degrees (x = longitude); empty before it reported one. */
    public Envelope getBounds() {
        return new Envelope(bounds);
    }

    /**
     * Selects a feature of an overlay: the map flies to it (zooming in to at least {@code minZoom}), outlines it
     * and opens its popup. Nothing happens for an unknown overlay or feature.
     */
    public void select(String layerId, String featureId, int minZoom) {
        getElement().callJsFunction("selectFeature", layerId, featureId, minZoom);
        selection = new FeatureRef(layerId, featureId);
    }

    /**
     * Selects a feature of a tiled overlay that may not be drawn yet: as {@link #select} when it is, else the map
     * flies to {@code at} (zooming in to at least {@code minZoom}) and selects it once a tile draws it.
     */
    public void selectAt(String layerId, String featureId, LatLng at, int minZoom) {
        getElement().callJsFunction("selectFeatureAt", layerId, featureId, at.lat(), at.lng(), minZoom);
        selection = new FeatureRef(layerId, featureId);
    }

    /**
     * Presents a feature to an audience: selects it and flies to the zoom level so that it sits right of and below
     * the centre, leaving the top left free for a caption; no popup opens.
     */
    public void present(String layerId, String featureId, int zoom) {
        getElement().callJsFunction("presentFeature", layerId, featureId, zoom);
        selection = new FeatureRef(layerId, featureId);
    }

    /**
     * Presents a feature of a tiled overlay that may not be drawn yet: the map flies so that {@code at} sits at the
     * zoom level where {@link #present} would put the feature, and outlines it once a tile of that zoom draws it.
     */
    public void presentAt(String layerId, String featureId, LatLng at, int zoom) {
        getElement().callJsFunction("presentFeatureAt", layerId, featureId, at.lat(), at.lng(), zoom);
        selection = new FeatureRef(layerId, featureId);
    }

    /** The feature last selected, from the server or by a click in the browser, if any. */
    public Optional<FeatureRef> getSelection() {
        return Optional.ofNullable(selection);
    }

    /**
     * Shows every feature of an overlay (hidden ones included) at the closest zoom that fits them, clear of the
     * map's controls; fitted again when the map is resized until the view is moved. An empty overlay changes nothing.
     */
    public void fitTo(String layerId) {
        getElement().callJsFunction("fitToOverlay", layerId);
    }

    /** Flies to a view with a short animation. */
    public void flyTo(MapView target) {
        getElement().callJsFunction("flyTo", target.centre().lat(), target.centre().lng(), target.zoom());
        this.view = target;
    }

    /** Shows the drawing tools: polygon, rectangle, circle and line; one drawn region at a time. */
    public void enableDrawing() {
        getElement().callJsFunction("enableDrawing");
    }

    /** Shows or hides the drawing tools. */
    public void setDrawingVisible(boolean visible) {
        getElement().callJsFunction("setDrawingVisible", visible);
    }

    /**
     * Switches the map to presenting and back: while presenting popups stay closed (a caption tells the story) and
     * the legend is folded; leaving unfolds it again as it was.
     */
    public void setPresenting(boolean presenting) {
        getElement().callJsFunction("setPresenting", presenting);
    }

    /** Forgets the selected feature and removes its outline. */
    public void clearSelection() {
        selection = null;
        getElement().callJsFunction("clearSelection");
    }

    /**
     * Draws a region as if the user had, without reporting it: {@code shape} as in {@link RegionDrawnEvent},
     * {@code geometryGeoJson} an RFC 7946 geometry (the centre Point for a circle), radius in metres for circles.
     */
    public void showRegion(String shape, String geometryGeoJson, double radiusMetres) {
        getElement().callJsFunction("showRegion", shape, geometryGeoJson, radiusMetres);
    }

    /** Removes the drawn region. */
    public void clearRegion() {
        getElement().callJsFunction("clearRegion");
    }

    /** Hides every feature of an overlay except those with the given ids. */
    public void showOnly(String layerId, Collection<String> featureIds) {
        getElement().callJsFunction("show", layerId, JSON.writeValueAsString(featureIds));
    }

    /** Shows every feature of an overlay again. */
    public void showAll(String layerId) {
        getElement().callJsFunction("show", layerId, null);
    }

    /** Dims every feature of an overlay except those with the given ids. */
    public void highlight(String layerId, Collection<String> featureIds) {
        getElement().callJsFunction("highlight", layerId, JSON.writeValueAsString(featureIds));
    }

    /** Shows every feature of an overlay normally again. */
    public void clearHighlight(String layerId) {
        getElement().callJsFunction("highlight", layerId, null);
    }

    /**
     * Puts down a draggable marker at {@code position} for the item {@code id} (one at a time: it replaces any
     * other); dropping it fires a {@link MarkerMovedEvent}. The item's own marker stays where it is until the
     * overlay is replaced.
     */
    public void editPosition(String id, LatLng position) {
        getElement().callJsFunction("editPosition", id, position.lat(), position.lng());
    }

    /** Removes the draggable marker, if there is one. */
    public void endEditPosition() {
        getElement().callJsFunction("endEditPosition");
    }

    /** Shows buttons with these labels (as text) in the popups of an overlay's features; none for an empty list. */
    public void setPopupActions(String layerId, List<String> actions) {
        getElement().callJsFunction("setPopupActions", layerId, JSON.writeValueAsString(actions));
    }

    public Registration addMarkerMovedListener(ComponentEventListener<MarkerMovedEvent> listener) {
        return addListener(MarkerMovedEvent.class, listener);
    }

    public Registration addPopupActionListener(ComponentEventListener<PopupActionEvent> listener) {
        return addListener(PopupActionEvent.class, listener);
    }

    public Registration addRegionDrawnListener(ComponentEventListener<RegionDrawnEvent> listener) {
        return addListener(RegionDrawnEvent.class, listener);
    }

    public Registration addRegionClearedListener(ComponentEventListener<RegionClearedEvent> listener) {
        return addListener(RegionClearedEvent.class, listener);
    }

    /**
     * Folds the legend to its title, now and when it is first drawn, for a map too small to show it beside what it
     * explains; a click on the title unfolds it.
     */
    public void foldLegend() {
        getElement().callJsFunction("foldLegend");
    }

    /** Replaces the legend: every row that may be listed, each shown while the overlay it explains is. */
    public void setLegend(List<LegendEntry> entries) {
        legend = List.copyOf(entries);
        sendLegend();
    }

    /** The legend's rows listed now: those of overlays shown and those that name none. */
    public List<LegendEntry> getLegend() {
        return legend.stream().filter(row -> row.layerId() == null || visibleOverlays.contains(row.layerId())).toList();
    }

    public Registration addBaseLayerChangeListener(ComponentEventListener<BaseLayerChangeEvent> listener) {
        return addListener(BaseLayerChangeEvent.class, listener);
    }

    public Registration addViewChangeListener(ComponentEventListener<MapViewChangeEvent> listener) {
        return addListener(MapViewChangeEvent.class, listener);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    public Registration addFeatureClickListener(ComponentEventListener<FeatureClickEvent> listener) {
        return addListener(FeatureClickEvent.class, listener);
    }

    public Registration addLayerToggleListener(ComponentEventListener<LayerToggleEvent> listener) {
        return addListener(LayerToggleEvent.class, listener);
    }

    private void setTracked(String id, boolean visible) {
        if (visible) {
            visibleOverlays.add(id);
        } else {
            visibleOverlays.remove(id);
        }
        sendLegend();
    }

    /** Sends the rows to list when they differ from those the browser lists. */
    private void sendLegend() {
        List<LegendEntry> rows = getLegend();
        if (legendSent == null && legend.isEmpty()) {
            return;
        }
        if (!rows.equals(legendSent)) {
            getElement().callJsFunction("setLegend", JSON.writeValueAsString(rows));
            legendSent = rows;
        }
    }
}
