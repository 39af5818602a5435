package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a line, area or point symbol is drawn: colours as CSS colours, widths and radii in screen pixels,
 * opacities from 0 to 1, dashes as an SVG dash array. Null fields keep Leaflet's defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Paint(String color, Double weight, Double opacity, String dashArray, String fillColor,
        Double fillOpacity, Double radius) {

    /** A solid line. */
    public static Paint line(String color, double weight) {
        return new Paint(color, weight, 0.9, null, null, null, null);
    }

    /** A dashed line. */
    public static Paint dashed(String color, double weight, String dashArray) {
        return new Paint(color, weight, 0.95, dashArray, null, null, null);
    }

    /** An area with an outline and a light fill of the same colour. */
    public static Paint area(String color, double fillOpacity) {
        return new Paint(color, 2.0, 0.9, null, color, fillOpacity, null);
    }

    /** A point symbol of one colour. */
    public static Paint point(String color) {
        return new Paint("#ffffff", 1.5, 1.0, null, color, 0.95, 7.0);
    }
}
