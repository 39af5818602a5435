package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.ui.SiteMapLayer;
import org.springframework.stereotype.Component;

/** Puts the atlas's overlays on a map, bottom first, with the legend: reference layers, sites, incidents. */
@Component
class AtlasOverlays {

    private final BaseLayerSettings baseLayers;
    private final ReferenceMapLayers reference;
    private final SiteMapLayer sites;

    AtlasOverlays(BaseLayerSettings baseLayers, ReferenceMapLayers reference, SiteMapLayer sites) {
        this.baseLayers = baseLayers;
        this.reference = reference;
        this.sites = sites;
    }

    /** Adds base layers, overlays and legend to the map; answers the ids of every overlay, built-in ones included. */
    Set<String> addTo(LeafletMap map, List<Incident> incidents) {
        map.setBaseLayers(baseLayers.layers(), baseLayers.active());
        List<GeoJsonLayer> overlays = new ArrayList<>(reference.layers());
        overlays.add(sites.layer());
        overlays.add(IncidentMapLayers.uncertainty(incidents));
        overlays.add(IncidentMapLayers.markers(incidents));
        Set<String> ids = new LinkedHashSet<>();
        ids.add(LeafletMap.BORDERS_LAYER);
        for (GeoJsonLayer layer : overlays) {
            map.showGeoJson(layer);
            ids.add(layer.id());
        }
        List<LegendEntry> legend = new ArrayList<>(reference.legend());
        legend.addAll(sites.legend());
        legend.addAll(IncidentMapLayers.legend());
        map.setLegend(legend);
        return ids;
    }

    /** Replaces the incident overlays with these incidents, each overlay shown or hidden as it was. */
    void showIncidents(LeafletMap map, List<Incident> incidents) {
        boolean uncertainty = map.getVisibleLayers().contains(IncidentMapLayers.UNCERTAINTY);
        boolean markers = map.getVisibleLayers().contains(IncidentMapLayers.INCIDENTS);
        map.showGeoJson(IncidentMapLayers.uncertainty(incidents).visible(uncertainty));
        map.showGeoJson(IncidentMapLayers.markers(incidents).visible(markers));
    }
}
