package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.deconfliction.atlas.store.FieldChange;
import org.deconfliction.atlas.store.VersionConflictException;

/**
 * Says that the incident was changed by someone else since the editor opened it: who, how, and each field that
 * changed meanwhile; offers to reload (discard the typed values and load the current ones) or to overwrite (save the
 * typed values over the current version, knowingly). Cancel goes back to the editor with nothing decided. An incident
 * deleted meanwhile cannot be overwritten; it is closed instead.
 */
final class ConflictDialog extends Dialog {

    private final Button reload = new Button("Reload (discard mine)");
    private final Button overwrite = new Button("Overwrite (save mine)");

    /** @param labels the names of the fields, as the editor's form labels them */
    ConflictDialog(VersionConflictException conflict, FieldLabels labels, Runnable onReload, Runnable onOverwrite) {
        setHeaderTitle("Changed meanwhile");
        addClassName("atlas-conflict-dialog");
        var current = conflict.current();
        String what = conflict.deletedMeanwhile() ? "deleted" : current.kind().code();
        add(new Paragraph("While you edited, " + current.by() + " " + what + " this incident (now version "
                + conflict.currentVersion() + ", you started from version " + conflict.expectedVersion() + ")."));
        UnorderedList changes = new UnorderedList();
        changes.addClassName("atlas-conflict-changes");
        for (FieldChange change : conflict.changedSince()) {
            changes.add(new ListItem(ChangeText.of(change, labels)));
        }
        if (!conflict.changedSince().isEmpty()) {
            add(new Paragraph("What changed meanwhile:"), changes);
        }
        reload.addClickListener(e -> {
            close();
            onReload.run();
        });
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        overwrite.addClickListener(e -> {
            close();
            onOverwrite.run();
        });
        overwrite.setVisible(!conflict.deletedMeanwhile());
        if (conflict.deletedMeanwhile()) {
            reload.setText("Close the editor");
        }
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, reload, overwrite);
    }

    Button reloadButton() {
        return reload;
    }

    Button overwriteButton() {
        return overwrite;
    }
}
