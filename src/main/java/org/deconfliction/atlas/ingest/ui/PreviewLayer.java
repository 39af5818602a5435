package org.deconfliction.atlas.ingest.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.incident.ui.IncidentText;
import org.deconfliction.atlas.ingest.PreviewRow;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import org.deconfliction.atlas.store.FieldChange;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of a file being previewed as their own overlay, drawn over everything else in strong colours with a dark
 * outline: new rows orange ({@code N}), changed ones blue ({@code C}), unchanged ones grey ({@code U}). Each row's
 * feature id is {@code line-<line number>}; its tooltip and card are plain text from the file.
 */
final class PreviewLayer {

    static final String ID = "import-preview";

    private static final Map<String, Paint> PAINT = Map.of(
            "new", marker("#e67e22", "N"),
            "changed", marker("#2471a3", "C"),
            "unchanged", marker("#909497", "U"));

    private static final List<GeoJsonLayer.PopupField> CARD = List.of(
            new GeoJsonLayer.PopupField("title", "Row to import"),
            new GeoJsonLayer.PopupField("lineText", "In the file"),
            new GeoJsonLayer.PopupField("statusText", "Against the store"),
            new GeoJsonLayer.PopupField("dateText", "Date"),
            new GeoJsonLayer.PopupField("placeText", "Place"),
            new GeoJsonLayer.PopupField("categoryLabel", "Category"));

    private PreviewLayer() {
    }

    /** The overlay of the given rows; an empty list gives an empty overlay. */
    static GeoJsonLayer of(List<PreviewRow> rows) {
        List<ObjectNode> features = rows.stream().map(PreviewLayer::feature).toList();
        return GeoJsonLayer.of(ID, "Rows to import", GeoJsonEncoder.featureCollection(features).toString(),
                        marker("#333333", "?"))
                .paintedBy("status", PAINT)
                .withPointMarkers()
                .withTooltip("headline")
                .withPopup(CARD);
    }

    /** The legend rows of the three kinds of row. */
    static List<LegendEntry> legend() {
        return List.of("new", "changed", "unchanged").stream()
                .map(status -> new LegendEntry("Row to import: " + status, PAINT.get(status).fillColor(),
                        LegendEntry.Shape.MARKER, PAINT.get(status).symbol()).forLayer(ID))
                .toList();
    }

    /** The feature id of the row on the map. */
    static String featureId(PreviewRow row) {
        return "line-" + row.line();
    }

    /** What differs from the stored incident, as "title, date.start"; empty for a new or unchanged row. */
    static String differences(PreviewRow row) {
        return row.fields().stream().map(FieldChange::field).collect(Collectors.joining(", "));
    }

    private static ObjectNode feature(PreviewRow row) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("status", row.status());
        p.put("title", row.incident().title());
        p.put("headline", "Line " + row.line() + " · " + IncidentText.headline(row.incident()) + " (" + row.status() + ")");
        p.put("lineText", "line " + row.line() + ", id " + row.externalId());
        p.put("statusText", row.fields().isEmpty() ? row.status() : row.status() + ": " + differences(row));
        p.put("dateText", IncidentText.date(row.incident()));
        p.put("placeText", IncidentText.place(row.incident()));
        p.put("categoryLabel", row.incident().category().label());
        return GeoJsonEncoder.feature(featureId(row), row.incident().location(), p);
    }

    private static Paint marker(String colour, String symbol) {
        return new Paint("#1b2631", 2.5, 1.0, null, colour, 1.0, 10.0, symbol, "round");
    }
}
