package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/**
 * The two buttons over the map while presenting: a snapshot for slides, and the way out; and, for screen readers,
 * the page's heading while the header is hidden. Hidden otherwise.
 */
class PresenterBar extends Div {

    PresenterBar(Runnable snapshot, Runnable leave) {
        Button slide = new Button("Snapshot PNG", e -> snapshot.run());
        slide.setAriaLabel("Save the map and the caption as a PNG image for slides");
        H1 heading = new H1("Deconfliction Atlas: presenting");
        heading.addClassName("atlas-screen-reader-only");
        add(heading, slide, new Button("Stop presenting (Esc)", e -> leave.run()));
        addClassName("atlas-leave-presenting");
        setVisible(false);
    }
}
