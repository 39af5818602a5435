package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.editing.HistoryEntry;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.store.FieldChange;
import org.deconfliction.atlas.store.StoreWriteException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * An incident's history, newest version first: who, when (UTC), what kind of change, the comment and each field it
 * changed, named as the editing form labels it, old → new, as plain text. Every version but the current one can be restored, which brings its values back
 * as a new version; a restore refused because the incident changed meanwhile reloads the list and says so.
 */
final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IncidentEditing editing;
    private final String id;
    private final Consumer<String> onRestored;
    /** The names of the fields as the editing form labels them. */
    private final FieldLabels labels = FieldLabels.of(new IncidentForm(List.of()));
    private final Div versions = new Div();
    private final Span message = new Span();
    private final TextField comment = new TextField("Comment for a restore (optional)");

    HistoryDialog(IncidentEditing editing, String id, String title, Consumer<String> onRestored) {
        this.editing = editing;
        this.id = id;
        this.onRestored = onRestored;
        setHeaderTitle("History: " + title);
        addClassName("atlas-history-dialog");
        setWidth("40em");
        setMaxHeight("85vh");
        message.addClassName("atlas-form-problem");
        comment.setWidthFull();
        comment.setMaxLength(500);
        add(message, comment, versions);
        getFooter().add(new Button("Close", e -> close()));
        show();
    }

    private void show() {
        versions.removeAll();
        List<HistoryEntry> entries = editing.history(id);
        long latest = entries.isEmpty() ? 0 : entries.getFirst().version();
        for (HistoryEntry entry : entries) {
            versions.add(entry(entry, latest));
        }
    }

    private Div entry(HistoryEntry entry, long latest) {
        Div box = new Div();
        box.addClassName("atlas-history-entry");
        StringBuilder line = new StringBuilder("Version " + entry.version() + ": " + entry.kind().code());
        if (entry.restoredFrom() != null) {
            line.append(" (version ").append(entry.restoredFrom()).append(")");
        }
        line.append(" by ").append(entry.by()).append(", ").append(WHEN.format(entry.at()));
        box.add(new Paragraph(line.toString()));
        if (entry.comment() != null) {
            box.add(new Paragraph("“" + entry.comment() + "”"));
        }
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            for (FieldChange change : entry.changes()) {
                changes.add(new ListItem(ChangeText.of(change, labels)));
            }
            box.add(changes);
        }
        if (entry.version() != latest) {
            Button restore = new Button("Restore version " + entry.version(), e -> restore(entry.version(), latest));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(restore);
        }
        return box;
    }

    private void restore(long version, long latest) {
        try {
            editing.restore(id, version, latest, comment.getValue());
            close();
            onRestored.accept(id);
        } catch (StoreWriteException | AccessDeniedException | AuthenticationException e) {
            message.setText(e.getMessage() + ". The history is shown as it is now.");
            show();
        }
    }

    /** The message above the versions, for the tests. */
    Span message() {
        return message;
    }
}
