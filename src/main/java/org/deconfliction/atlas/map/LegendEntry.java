package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonValue;

/** One row of the map's legend: a swatch of the given colour and shape, and its label (shown as text). */
public record LegendEntry(String label, String color, Shape shape) {

    /** The swatch's shape. */
    public enum Shape {
        LINE, DASHED, POINT, AREA;

        @JsonValue
        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
