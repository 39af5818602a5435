package org.deconfliction.atlas.map;

import java.util.Locale;
import java.util.Optional;

/**
 * What part of the world the map shows: its centre and Leaflet zoom level (0 = whole world, 18 = street).
 * Written in URLs as {@code lat,lng,zoom}, e.g. {@code 35.1,40.4,10}.
 */
public record MapView(LatLng centre, int zoom) {

    /** Lowest zoom level the atlas offers. */
    public static final int MIN_ZOOM = 3;
    /** Highest zoom level the atlas offers. */
    public static final int MAX_ZOOM = 18;

    /** This view as {@code lat,lng,zoom}, with five decimals (about 1 m). */
    public String toParameter() {
        return String.format(Locale.ROOT, "%.5f,%.5f,%d", centre.lat(), centre.lng(), zoom);
    }

    /**
     * Reads {@code lat,lng,zoom}; empty when the text is malformed, the latitude is outside ±90, the longitude
     * outside ±180 or the zoom outside {@value #MIN_ZOOM}..{@value #MAX_ZOOM}.
     */
    public static Optional<MapView> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            double lat = Double.parseDouble(parts[0].trim());
            double lng = Double.parseDouble(parts[1].trim());
            int zoom = Integer.parseInt(parts[2].trim());
            if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
                return Optional.empty();
            }
            return Optional.of(new MapView(new LatLng(lat, lng), zoom));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
