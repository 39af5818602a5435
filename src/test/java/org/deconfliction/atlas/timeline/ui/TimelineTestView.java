package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;

/**
 * A page for the timeline's browser test only: the timeline over the shipped incidents, its control bar connected
 * to it, and a line saying what the server last heard from the timeline.
 */
@Route("test/timeline")
@com.vaadin.flow.server.auth.AnonymousAllowed
@PageTitle("Timeline test")
public class TimelineTestView extends VerticalLayout {

    public TimelineTestView(IncidentRepository incidents) {
        List<Incident> all = incidents.findAll();
        Timeline timeline = new Timeline();
        timeline.setWidthFull();
        TimelineControls controls = new TimelineControls();
        Span heard = new Span("nothing heard yet");
        heard.setId("heard");
        timeline.addDateListener(e -> heard.setText("date " + e.date()));
        timeline.addRangeListener(e -> heard.setText("range " + e.from() + " to " + e.to()));
        timeline.setIncidents(all);
        controls.setIncidents(all);
        controls.connect(timeline);
        add(timeline, controls, heard);
    }
}
