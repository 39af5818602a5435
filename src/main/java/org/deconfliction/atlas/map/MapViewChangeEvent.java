package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The map was panned or zoomed; {@code view()} is where it shows now. */
@DomEvent("atlas-view-change")
public class MapViewChangeEvent extends ComponentEvent<LeafletMap> {

    private final MapView view;

    public MapViewChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lng") double lng,
            @EventData("event.detail.zoom") int zoom) {
        super(source, fromClient);
        view = new MapView(new LatLng(lat, lng), zoom);
    }

    public MapView view() {
        return view;
    }
}
