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
import org.deconfliction.atlas.query.QuestionShapes;
import org.deconfliction.atlas.query.ui.QuestionOverlay;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.ui.SiteMapLayer;
import org.springframework.stereotype.Component;

/**
 * Puts the atlas's overlays on a map, bottom first, with the legend: reference layers, sites, incidents; and the
 * overlay of the question asked, drawn as it is asked.
 */
@Component
class AtlasOverlays {

    private final BaseLayerSettings baseLayers;
    private final ReferenceMapLayers reference;
    private final SiteMapLayer sites;
    private final QuestionShapes questionShapes;

    AtlasOverlays(BaseLayerSettings baseLayers, ReferenceMapLayers reference, SiteMapLayer sites,
            QuestionShapes questionShapes) {
        this.baseLayers = baseLayers;
        this.reference = reference;
        this.sites = sites;
        this.questionShapes = questionShapes;
    }

    /** The overlay that draws the question's area and rings its answers on this map. */
    QuestionOverlay questionOverlay(LeafletMap map) {
        return new QuestionOverlay(map, questionShapes);
    }

    /**
     * Adds base layers, overlays and legend to the map, the incidents each as its own marker or, when
     * {@code clustered}, as overlays filled per viewport; answers the ids of every overlay, built-in ones included.
     */
    Set<String> addTo(LeafletMap map, List<Incident> incidents, boolean clustered) {
        map.setBaseLayers(baseLayers.layers(), baseLayers.active());
        List<GeoJsonLayer> overlays = new ArrayList<>(reference.layers());
        overlays.add(sites.layer());
        overlays.add(clustered ? IncidentMapLayers.tiledUncertainty() : IncidentMapLayers.uncertainty(incidents));
        overlays.add(clustered ? IncidentMapLayers.tiledMarkers() : IncidentMapLayers.markers(incidents));
        Set<String> ids = new LinkedHashSet<>();
        ids.add(LeafletMap.BORDERS_LAYER);
        for (GeoJsonLayer layer : overlays) {
            map.showGeoJson(layer);
            ids.add(layer.id());
        }
        List<LegendEntry> legend = new ArrayList<>(reference.legend());
        legend.addAll(sites.legend());
        legend.addAll(IncidentMapLayers.legend());
        legend.addAll(QuestionOverlay.legend());
        map.setLegend(legend);
        return ids;
    }

    /**
     * Replaces the incident overlays with these incidents, each overlay shown or hidden as it was; when
     * {@code clustered} with overlays filled per viewport (their tiles follow with the question's answer).
     */
    void showIncidents(LeafletMap map, List<Incident> incidents, boolean clustered) {
        boolean uncertainty = map.getVisibleLayers().contains(IncidentMapLayers.UNCERTAINTY);
        boolean markers = map.getVisibleLayers().contains(IncidentMapLayers.INCIDENTS);
        map.showGeoJson((clustered ? IncidentMapLayers.tiledUncertainty() : IncidentMapLayers.uncertainty(incidents))
                .visible(uncertainty));
        map.showGeoJson((clustered ? IncidentMapLayers.tiledMarkers() : IncidentMapLayers.markers(incidents))
                .visible(markers));
    }
}
