package org.deconfliction.atlas.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.deconfliction.atlas.incident.Incident;

/**
 * A large caption for presenting one incident to an audience: its date, title, summary, casualties and sources,
 * all as plain text. Empty (and hidden) when there is no incident to show.
 */
public class IncidentCaption extends Div {

    private final Span date = new Span();
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Paragraph casualties = new Paragraph();
    private final Paragraph sources = new Paragraph();

    public IncidentCaption() {
        addClassName("atlas-caption");
        date.addClassName("atlas-caption-date");
        casualties.addClassName("atlas-caption-casualties");
        sources.addClassName("atlas-caption-sources");
        getElement().setAttribute("aria-live", "polite");
        add(date, title, summary, casualties, sources);
        setVisible(false);
    }

    /** Shows this incident. */
    public void show(Incident incident) {
        show(incident, 0, 0);
    }

    /** Shows this incident as number {@code n} of {@code total} presented (no count when {@code total} is 0). */
    public void show(Incident incident, int n, int total) {
        date.setText(IncidentText.date(incident) + (total > 0 ? " · " + n + " of " + total : ""));
        title.setText(incident.title());
        title.setVisible(true);
        summary.setText(incident.summary());
        casualties.setText("Casualties: " + IncidentText.casualties(incident));
        sources.setText("Sources: " + String.join("; ", IncidentText.sources(incident)));
        setVisible(true);
    }

    /** Shows a narration instead of an incident: a heading line and the text, both plain text, without a title. */
    public void showNarration(String heading, String text) {
        date.setText(heading);
        title.setText("");
        title.setVisible(false);
        summary.setText(text);
        casualties.setText("");
        sources.setText("");
        setVisible(true);
    }

    /** Shows nothing. */
    public void clear() {
        setVisible(false);
    }
}
