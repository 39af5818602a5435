package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While a file is read: a progress bar (the share of the file's bytes read), the rows read so far and a Cancel
 * button, which stops the reading at the next row; nothing of the file is stored then. Once the rows are read and
 * the import is being written, Cancel is no longer offered, the bar runs without a share and the line says how long
 * the writing has taken so far (the screen asks the server every {@value #WRITING_POLL_MS} ms meanwhile, so the time
 * moves). While an import is undone, the incidents undone so far.
 */
class ImportProgress extends Div {

    /** How often the screen asks the server while an import is written, so that its elapsed time is shown. */
    static final int WRITING_POLL_MS = 2000;

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span rows = new Span();
    private final Button cancel = new Button("Cancel");
    private com.vaadin.flow.shared.Registration pollListener;
    private AtomicBoolean cancelled = new AtomicBoolean();
    /** When the writing of the import began (System.nanoTime), 0 while none is being written. */
    private long writingSince;
    private long rowsRead;

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
        endWriting();
        cancel.setEnabled(true);
        cancel.setVisible(true);
        bar.setValue(0);
        rows.setText(what + " the file…");
        setVisible(true);
        return cancelled;
    }

    /** The rows read so far and the share of the file read (0–1). */
    void update(long rowsRead, double share) {
        if (writingSince != 0) {
            writing(rowsRead);
            return;
        }
        bar.setValue(Math.max(0, Math.min(1, share)));
        rows.setText(String.format(java.util.Locale.ROOT, "%,d rows read", rowsRead)
                + (cancelled.get() ? " — cancelling…" : ""));
    }

    /**
     * Every row of the file is read ({@code rowsRead} in all) and the import is being written in its one transaction:
     * Cancel goes, the bar runs without a share, and the line says how long the writing has taken so far.
     */
    void writing(long rowsRead) {
        this.rowsRead = rowsRead;
        if (writingSince == 0) {
            writingSince = System.nanoTime();
            cancel.setVisible(false);
            bar.setIndeterminate(true);
            getUI().ifPresent(ui -> ui.setPollInterval(WRITING_POLL_MS));
        }
        showWriting();
    }

    private void showWriting() {
        long seconds = (System.nanoTime() - writingSince) / 1_000_000_000L;
        rows.setText(String.format(java.util.Locale.ROOT, "%,d rows read — writing them to the store in one transaction: "
                + "%d min %02d s so far; it can no longer be cancelled", rowsRead, seconds / 60, seconds % 60));
    }

    private void endWriting() {
        if (writingSince != 0) {
            writingSince = 0;
            bar.setIndeterminate(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /** The writing's time so far, shown again at each of the screen's polls while an import is written. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        pollListener = attachEvent.getUI().addPollListener(e -> {
            if (writingSince != 0) {
                showWriting();
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        endWriting();
        if (pollListener != null) {
            pollListener.remove();
        }
        super.onDetach(detachEvent);
    }

    /**
     * Shows the bar at zero for the undo of an import of {@code total} incidents; an undo cannot be cancelled (it is
     * one transaction, ended by its own end).
     */
    void startUndo(String fileName, long total) {
        cancelled = new AtomicBoolean();
        endWriting();
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
        endWriting();
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
