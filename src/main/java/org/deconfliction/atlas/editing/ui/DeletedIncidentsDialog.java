package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.editing.DeletedIncident;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.editing.InvalidDraftException;
import org.deconfliction.atlas.store.StoreWriteException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The incidents deleted now, most recently deleted first: each with its title, when (UTC) and by whom it was deleted
 * and the comment, as plain text, and a Restore button that brings back the version before the delete. A restore
 * refused (restored or changed meanwhile, or its site gone) reloads the list and says why.
 */
final class DeletedIncidentsDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IncidentEditing editing;
    private final Consumer<String> onRestored;
    private final Div list = new Div();
    private final Span message = new Span();

    /** @param onRestored told the id of each incident restored, after the commit */
    DeletedIncidentsDialog(IncidentEditing editing, Consumer<String> onRestored) {
        this.editing = editing;
        this.onRestored = onRestored;
        setHeaderTitle("Deleted incidents");
        addClassName("atlas-deleted-dialog");
        setWidth("40em");
        setMaxHeight("85vh");
        message.addClassName("atlas-form-problem");
        add(message, list);
        getFooter().add(new Button("Close", e -> close()));
        show();
    }

    private void show() {
        list.removeAll();
        List<DeletedIncident> deleted = editing.deleted();
        if (deleted.isEmpty()) {
            list.add(new Paragraph("No incident is deleted."));
        }
        for (DeletedIncident incident : deleted) {
            list.add(entry(incident));
        }
        if (deleted.size() == IncidentEditing.DELETED_SHOWN) {
            list.add(new Paragraph("The " + IncidentEditing.DELETED_SHOWN + " most recently deleted incidents are shown."));
        }
    }

    private Div entry(DeletedIncident incident) {
        Div box = new Div();
        box.addClassName("atlas-deleted-entry");
        box.add(new Paragraph(incident.title()));
        box.add(new Paragraph("Deleted by " + incident.by() + ", " + WHEN.format(incident.at())
                + (incident.comment() == null ? "" : ": “" + incident.comment() + "”")));
        Button restore = new Button("Restore", e -> restore(incident));
        restore.setAriaLabel("Restore “" + incident.title() + "”");
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        box.add(restore);
        return box;
    }

    private void restore(DeletedIncident incident) {
        try {
            editing.restore(incident.id(), incident.versionBefore(), incident.deletedVersion(), "restored from the deleted incidents");
            message.setText("Restored “" + incident.title() + "”.");
            onRestored.accept(incident.id());
        } catch (StoreWriteException | InvalidDraftException | AccessDeniedException | AuthenticationException e) {
            message.setText("Not restored: " + e.getMessage() + ". The list is shown as it is now.");
        }
        show();
    }

    /** The message above the list, for the tests. */
    Span message() {
        return message;
    }
}
