package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.deconfliction.atlas.timeline.TimelineState;

/**
 * The timeline's state changed: by a control or a click or drag on a connected {@link Timeline}
 * ({@link #isFromClient()} true), or by {@link TimelineControls#setState} or {@link TimelineControls#setIncidents}
 * from code (false).
 */
public class TimelineStateChangeEvent extends ComponentEvent<TimelineControls> {

    private final TimelineState state;

    public TimelineStateChangeEvent(TimelineControls source, boolean fromClient, TimelineState state) {
        super(source, fromClient);
        this.state = state;
    }

    /** The new state. */
    public TimelineState state() {
        return state;
    }
}
