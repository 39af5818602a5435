package org.deconfliction.atlas.incident.ui;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.GeodesicCircle;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.GeoJsonLayer.PopupField;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.LegendEntry;
import org.deconfliction.atlas.map.Paint;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident overlays: a round marker per incident, coloured and lettered by category, with its date and title
 * on hover and, on click, a short popup (title, date, and where the full card is); and, from zoom level {@value #UNCERTAINTY_MIN_ZOOM}, the circle within which each
 * incident's true location lies (geodesic, radius from its location precision).
 */
public final class IncidentMapLayers {

    /** Overlay ids, as used in URLs. */
    public static final String INCIDENTS = "incidents";
    public static final String UNCERTAINTY = "uncertainty";
    /** Zoom level from which uncertainty circles are drawn. */
    public static final int UNCERTAINTY_MIN_ZOOM = 8;

    private static final Map<IncidentCategory, Paint> PAINT = new EnumMap<>(Map.of(
            IncidentCategory.GROUND_CLASH, Paint.roundMarker("#c0392b", "G"),
            IncidentCategory.AIR_STRIKE, Paint.roundMarker("#6c3483", "A"),
            IncidentCategory.ROCKET_ARTILLERY, Paint.roundMarker("#d35400", "R"),
            IncidentCategory.DRONE, Paint.roundMarker("#1a5276", "D"),
            IncidentCategory.IED_SUICIDE, Paint.roundMarker("#7b241c", "B"),
            IncidentCategory.SMALL_ARMS_FIRE, Paint.roundMarker("#9a7d0a", "S"),
            IncidentCategory.VEHICLE_COLLISION, Paint.roundMarker("#117864", "V"),
            IncidentCategory.RAID, Paint.roundMarker("#212f3c", "X"),
            IncidentCategory.TROOP_MOVEMENT, Paint.roundMarker("#5d6d7e", "T"),
            IncidentCategory.OTHER, Paint.roundMarker("#7f8c8d", "O")));

    private static final List<PopupField> CARD = List.of(
            new PopupField("title", "Incident"),
            new PopupField("dateText", "Date"),
            new PopupField("detailHint", "Details"));
    /** What the short popup says of the full card. */
    static final String DETAIL_HINT = "the full card is beside the grid";

    private IncidentMapLayers() {
    }

    /** The incident markers for the given incidents; an empty list gives an empty overlay. */
    public static GeoJsonLayer markers(List<Incident> incidents) {
        List<ObjectNode> features = incidents.stream().map(IncidentMapLayers::markerFeature).toList();
        return GeoJsonLayer.of(INCIDENTS, "Incidents", GeoJsonEncoder.featureCollection(features).toString(),
                        Paint.roundMarker("#333333", "?"))
                .paintedBy("category", categoryPaint())
                .withPointMarkers()
                .withTooltip("headline")
                .withPopup(CARD);
    }

    /** The location uncertainty circles of the given incidents, drawn from zoom {@value #UNCERTAINTY_MIN_ZOOM}. */
    public static GeoJsonLayer uncertainty(List<Incident> incidents) {
        List<ObjectNode> features = incidents.stream().map(incident -> {
            ObjectNode p = GeoJsonEncoder.properties();
            p.put("category", incident.category().code());
            p.put("headline", IncidentText.headline(incident) + " — located within "
                    + Math.round(incident.uncertainty().radiusMetres()) + " m");
            return GeoJsonEncoder.feature(incident.id(),
                    GeodesicCircle.around(incident.location(), incident.uncertainty().radiusMetres(), 72), p);
        }).toList();
        Map<String, Paint> byCategory = Arrays.stream(IncidentCategory.values()).collect(Collectors.toMap(
                IncidentCategory::code, category -> Paint.area(PAINT.get(category).fillColor(), 0.06)));
        return GeoJsonLayer.of(UNCERTAINTY, "Location uncertainty", GeoJsonEncoder.featureCollection(features).toString(),
                        Paint.area("#555555", 0.06))
                .paintedBy("category", byCategory)
                .withTooltip("headline")
                .fromZoom(UNCERTAINTY_MIN_ZOOM);
    }

    /**
     * The incident markers as a tiled overlay: the map asks for the tiles of its viewport and gets clusters and
     * {@link #single} markers; a marker's card comes on click as {@link #card}.
     */
    public static GeoJsonLayer tiledMarkers() {
        return GeoJsonLayer.tiled(INCIDENTS, "Incidents", Paint.roundMarker("#333333", "?"))
                .paintedBy("category", categoryPaint())
                .withPointMarkers()
                .withTooltip("headline")
                .withPopup(CARD);
    }

    /** The uncertainty circles as a tiled overlay, drawn from zoom {@value #UNCERTAINTY_MIN_ZOOM}. */
    public static GeoJsonLayer tiledUncertainty() {
        Map<String, Paint> byCategory = Arrays.stream(IncidentCategory.values()).collect(Collectors.toMap(
                IncidentCategory::code, category -> Paint.area(PAINT.get(category).fillColor(), 0.06)));
        return GeoJsonLayer.tiled(UNCERTAINTY, "Location uncertainty", Paint.area("#555555", 0.06))
                .paintedBy("category", byCategory)
                .withTooltip("headline")
                .fromZoom(UNCERTAINTY_MIN_ZOOM);
    }

    /** One incident's marker in a tiled overlay: its id, category and headline (date and title), no card. */
    public static ObjectNode single(Incident incident) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("category", incident.category().code());
        p.put("headline", IncidentText.headline(incident));
        return GeoJsonEncoder.feature(incident.id(), incident.location(), p);
    }

    /**
     * One incident's uncertainty circle in a tiled overlay as its centre and radius ({@link LeafletMap#CIRCLE_RADIUS},
     * whole metres, at least 1): the browser draws the circle, so a tile carries a point, not a polygon. Its tooltip
     * (written by the browser) says only how far the true location may lie; the marker at its centre names the
     * incident.
     */
    public static ObjectNode circle(Incident incident) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("category", incident.category().code());
        p.put(LeafletMap.CIRCLE_RADIUS, Math.max(1, Math.round(incident.uncertainty().radiusMetres())));
        return GeoJsonEncoder.feature(incident.id(), incident.location(), p);
    }

    /** What an incident's card shows, as the properties its popup fields name. */
    public static ObjectNode card(Incident incident) {
        return (ObjectNode) markerFeature(incident).get("properties");
    }

    /** A legend row per category, with its letter, listed while the incident markers are shown. */
    public static List<LegendEntry> legend() {
        return Arrays.stream(IncidentCategory.values())
                .map(c -> new LegendEntry(c.label(), PAINT.get(c).fillColor(), LegendEntry.Shape.MARKER, PAINT.get(c).symbol())
                        .forLayer(INCIDENTS))
                .toList();
    }

    private static Map<String, Paint> categoryPaint() {
        return Arrays.stream(IncidentCategory.values()).collect(Collectors.toMap(IncidentCategory::code, PAINT::get));
    }

    private static ObjectNode markerFeature(Incident incident) {
        ObjectNode feature = IncidentGeoJson.feature(incident);
        ObjectNode p = (ObjectNode) feature.get("properties");
        p.put("headline", IncidentText.headline(incident));
        p.put("dateText", incident.date().label());
        p.put("detailHint", DETAIL_HINT);
        return feature;
    }
}
