package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.query.ui.ColumnChooser;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.story.ui.StoryPanel;

/**
 * The panel beside the map: the question (open), the stories (folded), the grid of incidents answering and, under it
 * while an incident is selected, that incident's full card. When the unfolded sections leave the grid less than
 * {@value #GRID_MIN_HEIGHT} the panel scrolls, so that every control of the stories stays reachable. On a phone it is
 * a drawer over the map ({@link PhoneLayout}) with a Close button.
 */
class SidePanel extends VerticalLayout {

    static final String GRID_MIN_HEIGHT = "18rem";

    private final Details storySection;
    private final Button close = new Button("Close");

    SidePanel(QueryPanel question, StoryPanel stories, ResultGrid grid, IncidentDetail detail) {
        Details questionSection = new Details("Question", question);
        questionSection.setOpened(true);
        storySection = new Details("Stories", stories);
        close.addClassName("atlas-drawer-close");
        add(close, questionSection, storySection, new ColumnChooser(grid), grid, detail);
        addClassName("atlas-side");
        setSizeFull();
        setPadding(false);
        setFlexGrow(1, grid);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Question, stories and incidents");
        grid.setMinHeight(GRID_MIN_HEIGHT);
        getStyle().set("overflow-y", "auto");
    }

    /** Shows the panel as an open drawer on a phone, or hides it there (no effect on wider screens). */
    void setDrawerOpen(boolean open) {
        if (open) {
            addClassName("atlas-drawer-open");
        } else {
            removeClassName("atlas-drawer-open");
        }
    }

    /** Runs when the drawer's Close button is pressed. */
    void onClose(Runnable action) {
        close.addClickListener(e -> action.run());
    }

    /** Unfolds the stories, as when a link opens a story step. */
    void showStories() {
        storySection.setOpened(true);
    }
}
