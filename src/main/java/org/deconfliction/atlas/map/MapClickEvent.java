package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The map was clicked (not on a feature) at {@code position()}. */
@DomEvent("atlas-map-click")
public class MapClickEvent extends ComponentEvent<LeafletMap> {

    private final LatLng position;

    public MapClickEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lng") double lng) {
        super(source, fromClient);
        position = new LatLng(lat, lng);
    }

    public LatLng position() {
        return position;
    }
}
