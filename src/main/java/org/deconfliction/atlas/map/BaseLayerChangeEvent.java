package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** Another base layer was chosen in the layer switcher. */
@DomEvent("atlas-base-layer-change")
public class BaseLayerChangeEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;

    public BaseLayerChangeEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.layerId") String layerId) {
        super(source, fromClient);
        this.layerId = layerId;
    }

    /** The id of the base layer now shown. */
    public String layerId() {
        return layerId;
    }
}
