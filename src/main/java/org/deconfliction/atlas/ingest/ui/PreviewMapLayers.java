package org.deconfliction.atlas.ingest.ui;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.map.BaseLayer;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.reference.ui.ReferenceMapLayers;
import org.deconfliction.atlas.site.ui.SiteMapLayer;
import org.springframework.stereotype.Component;

/**
 * What the preview map shows under the rows to import: the offline background with country borders, the Euphrates,
 * the deconfliction line, the zones, the sites and the incidents already stored (dimmed, {@link StoredIncidentTiles}),
 * so a row's place can be judged at a glance, without map tiles, among what exists.
 */
@Component
class PreviewMapLayers {

    private final ReferenceMapLayers reference;
    private final SiteMapLayer sites;

    PreviewMapLayers(ReferenceMapLayers reference, SiteMapLayer sites) {
        this.reference = reference;
        this.sites = sites;
    }

    void addTo(LeafletMap map) {
        map.setBaseLayers(List.of(BaseLayer.plain("plain", "Plain background (offline)")), "plain");
        List<GeoJsonLayer> layers = new ArrayList<>(reference.layers());
        layers.add(sites.layer());
        layers.add(StoredIncidentTiles.layer());
        layers.forEach(map::showGeoJson);
        List<LegendEntry> legend = new ArrayList<>(reference.legend());
        legend.addAll(sites.legend());
        legend.add(StoredIncidentTiles.legend());
        legend.addAll(PreviewLayer.legend());
        map.setLegend(legend);
    }
}
