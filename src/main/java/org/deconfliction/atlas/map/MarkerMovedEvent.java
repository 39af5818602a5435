package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The draggable marker put down with {@link LeafletMap#editPosition} was dropped at {@code position()}. */
@DomEvent("atlas-marker-moved")
public class MarkerMovedEvent extends ComponentEvent<LeafletMap> {

    private final String id;
    private final LatLng position;

    public MarkerMovedEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.id") String id,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lng") double lng) {
        super(source, fromClient);
        this.id = id;
        this.position = new LatLng(lat, lng);
    }

    /** The id the marker was put down for. */
    public String id() {
        return id;
    }

    public LatLng position() {
        return position;
    }
}
