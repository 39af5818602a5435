package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.LocalDate;

/** A range of days was dragged out on the timeline, {@code from} to {@code to}, both included, {@code from} first. */
@DomEvent("atlas-timeline-range")
public class TimelineRangeEvent extends ComponentEvent<Timeline> {

    private final LocalDate from;
    private final LocalDate to;

    public TimelineRangeEvent(Timeline source, boolean fromClient,
            @EventData("event.detail.from") String from, @EventData("event.detail.to") String to) {
        super(source, fromClient);
        LocalDate a = LocalDate.parse(from);
        LocalDate b = LocalDate.parse(to);
        this.from = a.isAfter(b) ? b : a;
        this.to = a.isAfter(b) ? a : b;
    }

    /** The first day of the range. */
    public LocalDate from() {
        return from;
    }

    /** The last day of the range. */
    public LocalDate to() {
        return to;
    }
}
