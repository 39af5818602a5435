package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;

/**
 * The strip above the map: the application's name with what it covers under it (wrapped, never cut), and the given
 * tools (search, present). On a phone the tools wrap onto lines of their own.
 */
class AtlasHeader extends Header {

    AtlasHeader(Component... tools) {
        H1 title = new H1("Deconfliction Atlas");
        title.addClassName("atlas-title");
        Span subtitle = new Span("US-led, Russian, pro-government and Iran-backed forces in eastern Syria, 2014–2021");
        subtitle.addClassName("atlas-subtitle");
        Div name = new Div(title, subtitle);
        name.addClassName("atlas-name");
        addClassName("atlas-header");
        add(name);
        add(tools);
    }
}
