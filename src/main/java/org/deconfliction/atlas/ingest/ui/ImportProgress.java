package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While a file is read: a progress bar (the share of the file's bytes read), the rows read so far and a Cancel
 * button, which stops the reading at the next row; nothing of the file is stored then. Once the rows are read and
 * the import is being written, Cancel is no longer offered. While an import is undone, the incidents undone so far.
 */
class ImportProgress extends Div {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span rows = new Span();
    private final Button cancel = new Button("Cancel");
    private AtomicBoolean cancelled = new AtomicBoolean();

    ImportProgress() {
        addClassName("atlas-import-progress");
        rows.addClassName("atlas-import-rows-read");
        cancel.setAriaLabel("Cancel reading the file; nothing is stored");
        cancel.addClickListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
            rows.setText(rows.getText() + " — cancelling…");
        });
        add(bar, rows, cancel);
        setVisible(false);
    }

    /**
     * Shows the bar at zero for a new reading of the file, {@code what} saying what is done ("Reading", "Importing");
     * answers the reading's own cancel flag, which Cancel sets (a reading started earlier keeps its own).
     */
    AtomicBoolean start(String what) {
        cancelled = new AtomicBoolean();
        cancel.setEnabled(true);
        cancel.setVisible(true);
        bar.setValue(0);
        rows.setText(what + " the file…");
        setVisible(true);
        return cancelled;
    }

    /** The rows read so far and the share of the file read (0–1). */
    void update(long rowsRead, double share) {
        bar.setValue(Math.max(0, Math.min(1, share)));
        rows.setText(String.format(java.util.Locale.ROOT, "%,d rows read", rowsRead)
                + (cancelled.get() ? " — cancelling…" : ""));
    }

    /**
     * Shows the bar at zero for the undo of an import of {@code total} incidents; an undo cannot be cancelled (it is
     * one transaction, ended by its own end).
     */
    void startUndo(String fileName, long total) {
        cancelled = new AtomicBoolean();
        cancel.setVisible(false);
        bar.setValue(0);
        rows.setText("Undoing the import of " + fileName + ": " + Counted.of(total, "incident", "incidents") + "…");
        setVisible(true);
    }

    /** The incidents of the import undone so far, of {@code total}. */
    void undone(long count, long total) {
        bar.setValue(total == 0 ? 1 : Math.max(0, Math.min(1, (double) count / total)));
        rows.setText(String.format(java.util.Locale.ROOT, "%,d of %,d incidents undone", count, total));
    }

    /** Hides the bar when the reading has ended, however it ended. */
    void finish() {
        setVisible(false);
    }

    /** Stops the reading at its next row, as Cancel does (e.g. when the screen is left). */
    void cancel() {
        cancelled.set(true);
    }

    Button cancelButton() {
        return cancel;
    }

    Span rowsText() {
        return rows;
    }
}
