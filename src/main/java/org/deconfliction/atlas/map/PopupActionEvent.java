package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** One of the actions set with {@link LeafletMap#setPopupActions} was clicked in a feature's popup. */
@DomEvent("atlas-popup-action")
public class PopupActionEvent extends ComponentEvent<LeafletMap> {

    private final String layerId;
    private final String featureId;
    private final String action;

    public PopupActionEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.layerId") String layerId,
            @EventData("event.detail.featureId") String featureId,
            @EventData("event.detail.action") String action) {
        super(source, fromClient);
        this.layerId = layerId;
        this.featureId = featureId;
        this.action = action;
    }

    public String layerId() {
        return layerId;
    }

    public String featureId() {
        return featureId;
    }

    /** The action's label, as given to {@link LeafletMap#setPopupActions}. */
    public String action() {
        return action;
    }
}
