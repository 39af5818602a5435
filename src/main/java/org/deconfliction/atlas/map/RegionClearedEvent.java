package org.deconfliction.atlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;

/** The user removed the region they drew. */
@DomEvent("atlas-region-cleared")
public class RegionClearedEvent extends ComponentEvent<LeafletMap> {

    public RegionClearedEvent(LeafletMap source, boolean fromClient) {
        super(source, fromClient);
    }
}
