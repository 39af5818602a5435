package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** An incident's date interval was clicked on the timeline; {@code incidentId()} names the incident. */
@DomEvent("atlas-timeline-incident")
public class TimelineIncidentEvent extends ComponentEvent<Timeline> {

    private final String incidentId;

    public TimelineIncidentEvent(Timeline source, boolean fromClient, @EventData("event.detail.id") String incidentId) {
        super(source, fromClient);
        this.incidentId = incidentId;
    }

    public String incidentId() {
        return incidentId;
    }
}
