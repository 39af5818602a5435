package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/** The two buttons over the map while presenting: a snapshot for slides, and the way out. Hidden otherwise. */
class PresenterBar extends Div {

    PresenterBar(Runnable snapshot, Runnable leave) {
        Button slide = new Button("Snapshot PNG", e -> snapshot.run());
        slide.setAriaLabel("Save the map and the caption as a PNG image for slides");
        add(slide, new Button("Stop presenting (Esc)", e -> leave.run()));
        addClassName("atlas-leave-presenting");
        setVisible(false);
    }
}
