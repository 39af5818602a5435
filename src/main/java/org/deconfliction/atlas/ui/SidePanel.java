package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.story.ui.StoryPanel;

/** The panel beside the map: the question (open), the stories (folded) and the grid of incidents answering. */
class SidePanel extends VerticalLayout {

    SidePanel(QueryPanel question, StoryPanel stories, ResultGrid grid) {
        Details questionSection = new Details("Question", question);
        questionSection.setOpened(true);
        add(questionSection, new Details("Stories", stories), grid);
        setSizeFull();
        setPadding(false);
        setFlexGrow(1, grid);
    }
}
