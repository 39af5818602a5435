package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.ui.SiteMapLayer;

/**
 * The main view: a full-window map of the deconfliction area with the reference layers and the sites. The map's
 * view and shown overlays live in the URL ({@code ?view=lat,lng,zoom&layers=...}).
 */
@Route("")
@PageTitle("Deconfliction Atlas")
public class AtlasView extends VerticalLayout implements BeforeEnterObserver {

    private final LeafletMap map = new LeafletMap();
    private final Set<String> layerIds = new LinkedHashSet<>();

    public AtlasView(BaseLayerSettings baseLayers, ReferenceMapLayers reference, SiteMapLayer sites) {
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        H1 title = new H1("Deconfliction Atlas");
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        Span subtitle = new Span("US-led, Russian, pro-government and Iran-backed forces in eastern Syria, 2014–2021");
        subtitle.getStyle().set("font-size", "0.875rem").set("color", "var(--vaadin-text-color-secondary, #555)");
        Header header = new Header(title, subtitle);
        header.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "1rem")
                .set("padding", "0.5rem 1rem").set("flex-wrap", "wrap");
        map.setSizeFull();
        add(header, map);
        setFlexGrow(1, map);
        setAlignItems(FlexComponent.Alignment.STRETCH);

        map.setBaseLayers(baseLayers.layers(), baseLayers.active());
        List<GeoJsonLayer> overlays = new ArrayList<>(reference.layers());
        overlays.add(sites.layer());
        layerIds.add(LeafletMap.BORDERS_LAYER);
        overlays.forEach(layer -> {
            map.showGeoJson(layer);
            layerIds.add(layer.id());
        });
        List<LegendEntry> legend = new ArrayList<>(reference.legend());
        legend.addAll(sites.legend());
        map.setLegend(legend);

        map.addViewChangeListener(e -> writeUrl());
        map.addLayerToggleListener(e -> writeUrl());
    }

    /** The map, for the view's tests. */
    LeafletMap map() {
        return map;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MapUrlState state = MapUrlState.read(event.getLocation().getQueryParameters().getParameters(), layerIds);
        state.view().ifPresent(map::setView);
        state.layers().ifPresent(shown -> layerIds.forEach(id -> map.setLayerVisible(id, shown.contains(id))));
        if (!state.ignored().isEmpty()) {
            Notification.show(String.join("; ", state.ignored()), 6000, Notification.Position.BOTTOM_START);
        }
    }

    private void writeUrl() {
        String query = MapUrlState.queryString(MapUrlState.write(map.getView(), map.getVisibleLayers()));
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', $0)", query));
    }
}
