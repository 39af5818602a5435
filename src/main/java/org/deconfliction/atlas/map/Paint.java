package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a line, area or point symbol is drawn: colours as CSS colours, widths and radii in screen pixels,
 * opacities from 0 to 1, dashes as an SVG dash array. For point markers, {@code symbol} is a short text drawn
 * inside the marker and {@code shape} its outline ({@code square} or {@code round}). Null fields keep the
 * defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paint(String color, Double weight, Double opacity, String dashArray, String fillColor,
        Double fillOpacity, Double radius, String symbol, String shape) {

    /** A solid line. */
    public static Paint line(String color, double weight) {
        return new Paint(color, weight, 0.9, null, null, null, null, null, null);
    }

    /** A dashed line. */
    public static Paint dashed(String color, double weight, String dashArray) {
        return new Paint(color, weight, 0.95, dashArray, null, null, null, null, null);
    }

    /** An area with an outline and a light fill of the same colour. */
    public static Paint area(String color, double fillOpacity) {
        return new Paint(color, 2.0, 0.9, null, color, fillOpacity, null, null, null);
    }

    /** A point symbol of one colour. */
    public static Paint point(String color) {
        return new Paint("#ffffff", 1.5, 1.0, null, color, 0.95, 7.0, null, null);
    }

    /** A round point marker of one colour with a short text inside it. */
    public static Paint roundMarker(String color, String symbol) {
        return new Paint("#ffffff", 1.5, 1.0, null, color, 0.95, 8.0, symbol, "round");
    }
}
