package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.splitlayout.SplitLayout;

/**
 * The main view's body under the header, the page's one main landmark: the map column beside the side panel; and the
 * header's two buttons that act on the map (present it, save it as a PNG).
 */
final class AtlasBody {

    private AtlasBody() {
    }

    /** The map column and the side panel side by side, the map taking about two thirds of the width. */
    static SplitLayout of(MapColumn mapColumn, SidePanel side) {
        SplitLayout body = new SplitLayout(mapColumn, side);
        body.addClassName("atlas-body");
        body.setSplitterPosition(64);
        body.setSizeFull();
        // The page's one main landmark: the map column and the side panel (the header is the banner).
        body.getElement().setAttribute("role", "main");
        return body;
    }

    /** The button that starts presenting, asking the browser for full screen on the same click. */
    static Button presentButton(Runnable present) {
        Button button = new Button("Present (P)");
        button.setAriaLabel("Present: full screen with a caption of the current incident");
        PresenterKeys.requestFullScreenOnClick(button);
        button.addClickListener(e -> present.run());
        return button;
    }

    /** The button that saves the map as a PNG. */
    static Button snapshotButton(Runnable snapshot) {
        Button button = new Button("Snapshot PNG");
        button.setAriaLabel("Save the map, its drawn region and caption as a PNG image for slides");
        button.addClickListener(e -> snapshot.run());
        return button;
    }
}
