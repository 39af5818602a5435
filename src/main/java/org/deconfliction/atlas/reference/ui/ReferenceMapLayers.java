package org.deconfliction.atlas.reference.ui;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import org.deconfliction.atlas.reference.ReferenceGeoJson;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.springframework.stereotype.Component;

/** The river, deconfliction line and zone overlays, drawn under the sites, and their legend rows. */
@Component
public class ReferenceMapLayers {

    /** Overlay ids, as used in URLs. */
    public static final String RIVERS = "rivers";
    public static final String LINES = "lines";
    public static final String ZONES = "zones";

    private static final String RIVER_COLOUR = "#2a7fd4";
    private static final String LINE_COLOUR = "#d62728";
    private static final String ZONE_COLOUR = "#e67e22";

    private final ReferenceLayers reference;

    ReferenceMapLayers(ReferenceLayers reference) {
        this.reference = reference;
    }

    /** The overlays, bottom first. */
    public List<GeoJsonLayer> layers() {
        List<GeoJsonLayer> layers = new ArrayList<>();
        layers.add(GeoJsonLayer.of(ZONES, "Deconfliction zones",
                        ReferenceGeoJson.zones(reference.zones()).toString(), Paint.area(ZONE_COLOUR, 0.12))
                .withTooltip("name")
                .withPopup(popup()));
        layers.add(GeoJsonLayer.of(RIVERS, "Euphrates", ReferenceGeoJson.rivers(reference.rivers()).toString(),
                        Paint.line(RIVER_COLOUR, 3))
                .withTooltip("name")
                .withPopup(List.of(
                        new GeoJsonLayer.PopupField("name", "River"),
                        new GeoJsonLayer.PopupField("description", "About"),
                        new GeoJsonLayer.PopupField("source", "Data"),
                        new GeoJsonLayer.PopupField("licence", "Licence"))));
        layers.add(GeoJsonLayer.of(LINES, "Deconfliction line", ReferenceGeoJson.lines(reference.lines()).toString(),
                        Paint.dashed(LINE_COLOUR, 3, "10 6"))
                .withTooltip("name")
                .withPopup(popup()));
        return layers;
    }

    /** Legend rows for the overlays, each listed while its overlay is shown. */
    public List<LegendEntry> legend() {
        return List.of(
                new LegendEntry("Euphrates (GSHHG/WDBII)", RIVER_COLOUR, LegendEntry.Shape.LINE).forLayer(RIVERS),
                new LegendEntry("Deconfliction line (approximate)", LINE_COLOUR, LegendEntry.Shape.DASHED).forLayer(LINES),
                new LegendEntry("al-Tanf 55 km zone", ZONE_COLOUR, LegendEntry.Shape.AREA).forLayer(ZONES));
    }

    private static List<GeoJsonLayer.PopupField> popup() {
        return List.of(
                new GeoJsonLayer.PopupField("name", "Name"),
                new GeoJsonLayer.PopupField("description", "About"),
                new GeoJsonLayer.PopupField("sources", "Sources"));
    }
}
