package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * The user drew or edited a region. {@code shape} is {@code Polygon}, {@code Rectangle}, {@code Circle} or
 * {@code Line}; {@code geometry} is an RFC 7946 GeoJSON geometry as drawn (the centre Point for a circle);
 * {@code radiusMetres} is the circle's radius (0 for other shapes).
 */
@DomEvent("atlas-region-drawn")
public class RegionDrawnEvent extends ComponentEvent<LeafletMap> {

    private final String shape;
    private final String geometry;
    private final double radiusMetres;

    public RegionDrawnEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.shape") String shape,
            @EventData("event.detail.geometry") String geometry,
            @EventData("event.detail.radius") double radiusMetres) {
        super(source, fromClient);
        this.shape = shape;
        this.geometry = geometry;
        this.radiusMetres = radiusMetres;
    }

    public String shape() {
        return shape;
    }

    public String geometry() {
        return geometry;
    }

    public double radiusMetres() {
        return radiusMetres;
    }
}
