package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** An overlay was ticked or unticked in the layer switcher. */
@DomEvent("atlas-layer-toggle")
public class LayerToggleEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final boolean visible;

    public LayerToggleEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.layerId") String layerId,
            @EventData("event.detail.visible") boolean visible) {
        super(source, fromClient);
        this.layerId = layerId;
        this.visible = visible;
    }

    public String layerId() {
        return layerId;
    }

    public boolean visible() {
        return visible;
    }
}
