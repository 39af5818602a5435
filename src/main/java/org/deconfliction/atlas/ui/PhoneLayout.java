package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.deconfliction.atlas.query.ui.ResultGrid;

/**
 * The main view on a phone (a window at most {@value #PHONE_MAX_WIDTH} CSS pixels wide): the map first and full
 * width, the side panel a drawer that a header button opens and its Close button shuts, and the grid with its
 * essential columns only. The arrangement itself is CSS (atlas-view.css); this holds the drawer's state and tells
 * the grid the window's width.
 */
final class PhoneLayout {

    /** The widest window, in CSS pixels, laid out as a phone. */
    static final int PHONE_MAX_WIDTH = 600;

    private final SidePanel side;
    private final ResultGrid grid;
    private final Button toggle = new Button("Question and incidents");
    private boolean open;

    PhoneLayout(SidePanel side, ResultGrid grid) {
        this.side = side;
        this.grid = grid;
        side.setId("atlas-side");
        toggle.addClassName("atlas-drawer-toggle");
        toggle.getElement().setAttribute("aria-controls", "atlas-side");
        toggle.addClickListener(e -> setOpen(!open));
        side.onClose(() -> setOpen(false));
        setOpen(false);
    }

    /** The header's button that opens and closes the drawer (shown on phones only). */
    Button toggle() {
        return toggle;
    }

    /** Follows the window's width: the grid narrows on a phone and widens again on a larger window. */
    void follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> grid.setNarrow(details.getWindowInnerWidth() <= PHONE_MAX_WIDTH));
        ui.getPage().addBrowserWindowResizeListener(e -> grid.setNarrow(e.getWidth() <= PHONE_MAX_WIDTH));
    }

    private void setOpen(boolean opened) {
        open = opened;
        side.setDrawerOpen(opened);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(opened));
    }
}
