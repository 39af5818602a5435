package org.deconfliction.atlas.site.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteKind;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The sites overlay: a marker per site coloured by kind, its name on hover and a card of its details on click. */
@Component
public class SiteMapLayer {

    /** Id of the overlay, as used in URLs. */
    public static final String LAYER_ID = "sites";

    private static final Map<SiteKind, String> COLOURS = Map.of(
            SiteKind.BASE, "#1f5fbf",
            SiteKind.OIL_GAS_FIELD, "#b8860b",
            SiteKind.TOWN, "#555555",
            SiteKind.AIRBASE, "#7b3fa0",
            SiteKind.CROSSING, "#0a8a6a");

    private final SiteRepository sites;

    SiteMapLayer(SiteRepository sites) {
        this.sites = sites;
    }

    /** The overlay of all sites. */
    public GeoJsonLayer layer() {
        List<ObjectNode> features = sites.findAll().stream().map(SiteMapLayer::feature).toList();
        Map<String, Paint> byKind = Arrays.stream(SiteKind.values())
                .collect(Collectors.toMap(SiteKind::code, kind -> Paint.point(COLOURS.get(kind))));
        return GeoJsonLayer.of(LAYER_ID, "Sites", GeoJsonEncoder.featureCollection(features).toString(), Paint.point("#333333"))
                .paintedBy("kind", byKind)
                .withPointMarkers()
                .withTooltip("name")
                .withPopup(List.of(
                        new GeoJsonLayer.PopupField("name", "Site"),
                        new GeoJsonLayer.PopupField("kindLabel", "Kind"),
                        new GeoJsonLayer.PopupField("description", "About"),
                        new GeoJsonLayer.PopupField("heldText", "Held"),
                        new GeoJsonLayer.PopupField("sourceText", "Sources")));
    }

    /** A legend row per kind of site, listed while the sites are shown. */
    public List<LegendEntry> legend() {
        return Arrays.stream(SiteKind.values())
                .map(kind -> new LegendEntry(kind.label(), COLOURS.get(kind), LegendEntry.Shape.POINT).forLayer(LAYER_ID))
                .toList();
    }

    private static ObjectNode feature(Site site) {
        ObjectNode feature = SiteGeoJson.feature(site);
        ObjectNode p = (ObjectNode) feature.get("properties");
        p.put("kindLabel", site.kind().label());
        String held = HeldText.of(site);
        if (!held.isEmpty()) {
            p.put("heldText", held);
        }
        p.put("sourceText", site.sources().stream().map(SourceReference::label).collect(Collectors.joining("; ")));
        return feature;
    }

}
