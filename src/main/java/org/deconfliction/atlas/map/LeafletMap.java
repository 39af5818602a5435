package org.deconfliction.atlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

@Tag("atlas-map")
@JsModule("./atlas-map.ts")
@com.vaadin.flow.component.dependency.CssImport("leaflet/dist/leaflet.css")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
public class LeafletMap extends Component {
}
