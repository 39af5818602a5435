package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDate;

/** A day was clicked on the timeline: the user asks for it to be the current date. */
@DomEvent("atlas-timeline-date")
public class TimelineDateEvent extends ComponentEvent<Timeline> {

    private final LocalDate date;

    public TimelineDateEvent(Timeline source, boolean fromClient, @EventData("event.detail.date") String date) {
        super(source, fromClient);
        this.date = LocalDate.parse(date);
    }

    /** The day clicked. */
    public LocalDate date() {
        return date;
    }
}
