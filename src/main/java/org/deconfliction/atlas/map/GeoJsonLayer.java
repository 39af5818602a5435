package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Map;

/**
 * An overlay of GeoJSON features and how to draw them. Feature properties named by {@code tooltipProperty} and
 * {@code popupFields} are shown as plain text; {@code paintBy} colours features by the value of one property.
 *
 * @param geoJson an RFC 7946 FeatureCollection, as JSON text
 * @param minZoom the closest-out zoom level at which the overlay is drawn (null: at every level); it stays in
 *                the layer switcher either way
 * @param tiled   whether the features come tile by tile for the viewport ({@link LeafletMap#addTiles}) instead of
 *                all at once in {@code geoJson}; cards of a tiled overlay come on demand ({@link LeafletMap#openCard})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeoJsonLayer(
        String id,
        String title,
        @JsonRawValue @JsonProperty("geojson") String geoJson,
        Paint paint,
        PaintBy paintBy,
        boolean pointMarkers,
        String tooltipProperty,
        List<PopupField> popupFields,
        boolean visible,
        Integer minZoom,
        boolean tiled) {

    public GeoJsonLayer {
        popupFields = List.copyOf(popupFields);
    }

    /** A visible overlay with one paint, no tooltip and no popup. */
    public static GeoJsonLayer of(String id, String title, String geoJson, Paint paint) {
        return new GeoJsonLayer(id, title, geoJson, paint, null, false, null, List.of(), true, null, false);
    }

    /** A visible overlay with one paint whose features come tile by tile for the viewport. */
    public static GeoJsonLayer tiled(String id, String title, Paint paint) {
        return new GeoJsonLayer(id, title, "{\"type\":\"FeatureCollection\",\"features\":[]}", paint, null, false, null,
                List.of(), true, null, true);
    }

    /** The same overlay with features coloured by the value of a property. */
    public GeoJsonLayer paintedBy(String property, Map<String, Paint> values) {
        return new GeoJsonLayer(id, title, geoJson, paint, new PaintBy(property, Map.copyOf(values)), pointMarkers,
                tooltipProperty, popupFields, visible, minZoom, tiled);
    }

    /** The same overlay with points drawn as markers that carry the feature id in the page. */
    public GeoJsonLayer withPointMarkers() {
        return new GeoJsonLayer(id, title, geoJson, paint, paintBy, true, tooltipProperty, popupFields, visible, minZoom, tiled);
    }

    /** The same overlay with a hover tooltip showing one property. */
    public GeoJsonLayer withTooltip(String property) {
        return new GeoJsonLayer(id, title, geoJson, paint, paintBy, pointMarkers, property, popupFields, visible, minZoom, tiled);
    }

    /** The same overlay with a popup on click listing the given properties. */
    public GeoJsonLayer withPopup(List<PopupField> fields) {
        return new GeoJsonLayer(id, title, geoJson, paint, paintBy, pointMarkers, tooltipProperty, fields, visible, minZoom, tiled);
    }

    /** The same overlay, shown or hidden at first. */
    public GeoJsonLayer visible(boolean shown) {
        return new GeoJsonLayer(id, title, geoJson, paint, paintBy, pointMarkers, tooltipProperty, popupFields, shown, minZoom, tiled);
    }

    /** The same overlay, drawn only from the given zoom level closer in. */
    public GeoJsonLayer fromZoom(int level) {
        return new GeoJsonLayer(id, title, geoJson, paint, paintBy, pointMarkers, tooltipProperty, popupFields, visible, level, tiled);
    }

    /** Paint chosen by the value of one feature property, laid over the layer's own paint. */
    public record PaintBy(String property, Map<String, Paint> values) {
    }

    /** A property listed in the popup under a label. */
    public record PopupField(String property, String label) {
    }
}
