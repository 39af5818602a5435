package org.deconfliction.atlas.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.deconfliction.atlas.incident.Incident;

/**
 * The full card of the selected incident, with room to read it: what happened, the actors, casualties, date and
 * place with their precision, where the sources disagree, and the sources; buttons for the actions given (Edit,
 * History, Delete for editors) and Close. All text is set as text, never as markup. Hidden while no incident is shown.
 */
public final class IncidentDetail extends Div {

    private final H2 title = new H2();
    private final Div body = new Div();
    private final Div actions = new Div();
    private List<String> actionNames = List.of();
    private BiConsumer<String, String> onAction = (action, id) -> { };
    private Incident shown;

    public IncidentDetail() {
        addClassName("atlas-incident-detail");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Incident details");
        Button close = new Button("Close", e -> close());
        close.setAriaLabel("Close the incident details");
        close.addClassName("atlas-incident-detail-close");
        Div head = new Div(title, close);
        head.addClassName("atlas-incident-detail-head");
        actions.addClassName("atlas-incident-detail-actions");
        add(head, body, actions);
        setVisible(false);
    }

    /**
     * Offers these actions as buttons under the card; a click tells {@code onAction} the action's name and the
     * incident's id. An empty list shows none.
     */
    public void setActions(List<String> names, BiConsumer<String, String> onAction) {
        this.actionNames = List.copyOf(names);
        this.onAction = onAction;
        if (shown != null) {
            show(shown);
        }
    }

    /** Shows the card of this incident, replacing any other, and reveals the panel. */
    public void show(Incident incident) {
        shown = incident;
        title.setText(incident.title());
        getElement().setAttribute("aria-label", "Incident details: " + incident.title());
        body.removeAll();
        row("Date", IncidentText.date(incident));
        row("Category", incident.category().label());
        row("Place", IncidentText.place(incident));
        row("What happened", incident.summary());
        row("Coalition side", String.join(", ", incident.actors().sideA()));
        row("Other side", String.join(", ", incident.actors().sideB()) + " (" + incident.opponent().label() + ")");
        row("Casualties", IncidentText.casualties(incident));
        List<String> disagreements = IncidentText.disagreements(incident);
        if (!disagreements.isEmpty()) {
            row("Sources disagree", String.join(" ", disagreements));
        }
        List<String> sources = IncidentText.sources(incident);
        if (!sources.isEmpty()) {
            body.add(label("Sources"), new UnorderedList(sources.stream().map(ListItem::new).toArray(ListItem[]::new)));
        }
        actions.removeAll();
        for (String name : actionNames) {
            Button button = new Button(name, e -> onAction.accept(name, incident.id()));
            button.setAriaLabel(name + ": " + incident.title());
            actions.add(button);
        }
        setVisible(true);
    }

    /** Shows the incident again as it is now when it is the one shown, or closes the panel when it is gone. */
    public void refresh(String id, Optional<Incident> now) {
        if (shown != null && shown.id().equals(id)) {
            now.ifPresentOrElse(this::show, this::close);
        }
    }

    /** Hides the panel and forgets the incident. */
    public void close() {
        shown = null;
        body.removeAll();
        actions.removeAll();
        setVisible(false);
    }

    /** The incident shown now, if the panel is open. */
    public Optional<Incident> shown() {
        return Optional.ofNullable(shown);
    }

    /** The card's rows shown now, label to text in order (sources joined by "; "); empty while closed. */
    Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        String label = null;
        for (Component child : body.getChildren().toList()) {
            if (child instanceof Span span) {
                label = span.getText();
            } else if (child instanceof UnorderedList list) {
                rows.put(label, list.getChildren().map(item -> ((ListItem) item).getText()).collect(Collectors.joining("; ")));
            } else if (child instanceof Paragraph paragraph) {
                rows.put(label, paragraph.getText());
            }
        }
        return rows;
    }

    /** The action buttons' labels shown now. */
    List<String> actionLabels() {
        return actions.getChildren().map(button -> ((Button) button).getText()).toList();
    }

    private void row(String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        body.add(label(label), new Paragraph(text));
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("atlas-incident-detail-label");
        return label;
    }
}
