package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.deconfliction.atlas.ingest.ImportReport;

/**
 * The preview's counts, with every rejected row as a CSV download (line, column, value, reason) before anything is
 * stored, and the choices for committing it: all-or-nothing (the default: any rejected row stores
 * nothing) or the valid rows only, and for rows whose stored incident differs, whether to update it or keep it;
 * then the button that imports.
 */
class CommitOptions extends Div {

    static final String ALL_OR_NOTHING = "All or nothing: store nothing if any row is rejected";
    static final String VALID_ONLY = "Import the valid rows only";
    static final String UPDATE = "Update the stored incidents with the file's values";
    static final String KEEP = "Keep the stored incidents as they are";

    private final Span counts = new Span();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("If rows are rejected");
    private final RadioButtonGroup<String> changed = new RadioButtonGroup<>("Rows that differ from the stored incident");
    private final Button commit = new Button("Import");
    private final Anchor rejectsDownload;
    private boolean mayCommit;

    /** {@code rejectsCsv} names the file of every rejected row of the preview shown, for the download link. */
    CommitOptions(Runnable onCommit, Supplier<Path> rejectsCsv) {
        rejectsDownload = RejectsDownload.file("Download the rejected rows (CSV)", "rejects.csv", rejectsCsv);
        addClassName("atlas-import-commit");
        counts.addClassName("atlas-import-counts");
        mode.setItems(ALL_OR_NOTHING, VALID_ONLY);
        mode.setValue(ALL_OR_NOTHING);
        changed.setItems(UPDATE, KEEP);
        changed.setValue(UPDATE);
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.addClickListener(e -> onCommit.run());
        mode.addValueChangeListener(e -> commit.setEnabled(mayCommit));
        add(new HorizontalLayout(counts, rejectsDownload), new HorizontalLayout(mode, changed), commit);
        setVisible(false);
    }

    /** Shows the preview's counts and offers the choices that apply to it. */
    void show(ImportReport preview) {
        counts.setText(String.format(java.util.Locale.ROOT,
                "%s: %s read — %,d new, %,d changed, %,d unchanged, %,d rejected. Nothing is stored yet.",
                preview.fileName(), Counted.of(preview.rowsRead(), "row", "rows"), preview.fresh(), preview.changed(),
                preview.unchanged(),
                preview.rejected()));
        rejectsDownload.setVisible(preview.rejected() > 0);
        changed.setVisible(preview.changed() > 0);
        mayCommit = preview.fresh() + preview.changed() > 0;
        commit.setText(mayCommit ? "Import" : "Nothing to import");
        commit.setEnabled(mayCommit);
        setVisible(true);
    }

    boolean allOrNothing() {
        return !VALID_ONLY.equals(mode.getValue());
    }

    boolean updateChanged() {
        return !KEEP.equals(changed.getValue());
    }

    RadioButtonGroup<String> mode() {
        return mode;
    }

    RadioButtonGroup<String> changed() {
        return changed;
    }

    Button commitButton() {
        return commit;
    }

    Anchor rejectsDownload() {
        return rejectsDownload;
    }

    Span counts() {
        return counts;
    }
}
