package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import org.locationtech.jts.geom.Envelope;

/**
 * The map was panned or zoomed (once per gesture, when it comes to rest); {@code view()} is where it shows now and
 * {@code bounds()} the box it shows, in degrees (x = longitude, y = latitude).
 */
@DomEvent("atlas-view-change")
public class MapViewChangeEvent extends ComponentEvent<LeafletMap> {

    private final MapView view;
    private final Envelope bounds;

    public MapViewChangeEvent(
            LeafletMap source,
            boolean fromClient,
            @EventData("event.detail.lat") double lat,
            @EventData("event.detail.lng") double lng,
            @EventData("event.detail.zoom") int zoom,
            @EventData("event.detail.south") double south,
            @EventData("event.detail.west") double west,
            @EventData("event.detail.north") double north,
            @EventData("event.detail.east") double east) {
        super(source, fromClient);
        view = new MapView(new LatLng(lat, lng), zoom);
        bounds = south <= north && west <= east ? new Envelope(west, east, south, north) : new Envelope();
    }

    public MapView view() {
        return view;
    }

    /** The box shown, in degrees (x = longitude); empty when the browser sent none. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
