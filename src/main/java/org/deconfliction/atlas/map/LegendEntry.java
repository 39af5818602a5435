package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One row of the map's legend: a swatch of the given colour and shape, with an optional short symbol inside it
 * (null for none), and its label. Labels and symbols are shown as text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegendEntry(String label, String color, Shape shape, String symbol) {

    /** A row without a symbol. */
    public LegendEntry(String label, String color, Shape shape) {
        this(label, color, shape, null);
    }

    /** The swatch's shape: a line, a dashed line, a square point, a round marker, an area. */
    public enum Shape {
        LINE, DASHED, POINT, MARKER, AREA;

        @JsonValue
        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
