package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;

/** The map's column: the stage (the map with what is laid over it) taking the height left by the timeline. */
class MapColumn extends VerticalLayout {

    /** Height of the timeline under the map: its toolbar and the whole chart, interval rows included. */
    static final String TIMELINE_HEIGHT = "186px";

    MapColumn(Component stage, TimelineControls controls, Timeline timeline) {
        timeline.setWidthFull();
        timeline.setHeight(TIMELINE_HEIGHT);
        add(stage, controls, timeline);
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        setFlexGrow(1, stage);
        addClassName("atlas-map-column");
    }
}
