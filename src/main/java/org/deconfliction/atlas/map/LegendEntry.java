package org.deconfliction.atlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One row of the map's legend: a swatch of the given colour and shape, with an optional short symbol inside it
 * (null for none), and its label. Labels and symbols are shown as text. A row that explains an overlay names it in
 * {@code layerId} and is listed only while that overlay is shown; a row without one is always listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegendEntry(String label, String color, Shape shape, String symbol, String layerId) {

    /** A row without a symbol, always listed. */
    public LegendEntry(String label, String color, Shape shape) {
        this(label, color, shape, null, null);
    }

    /** A row with a symbol, always listed. */
    public LegendEntry(String label, String color, Shape shape, String symbol) {
        this(label, color, shape, symbol, null);
    }

    /** The same row, listed only while the overlay with this id is shown. */
    public LegendEntry forLayer(String id) {
        return new LegendEntry(label, color, shape, symbol, id);
    }

    /**
     * The swatch's shape: a line, a dashed line, a square point, a round marker, an area, a ring and a dashed ring
     * (drawn around markers).
     */
    public enum Shape {
        LINE, DASHED, POINT, MARKER, AREA, RING, DASHED_RING;

        @JsonValue
        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
