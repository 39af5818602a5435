package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import org.deconfliction.atlas.map.LeafletMap;

@Route("")
public class AtlasView extends VerticalLayout {
    public AtlasView() {
        LeafletMap map = new LeafletMap();
        map.getElement().getStyle().set("width", "100%").set("height", "600px");
        add(map);
    }
}
