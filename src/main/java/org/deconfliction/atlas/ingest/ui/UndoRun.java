package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.ImportService;
import org.deconfliction.atlas.store.StoreWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The undo of one recorded import, as run on a worker: the progress bar follows the incidents undone so far, and the
 * outcome (the import as recorded after it, or the problem in words) is handed to the session. The undo is one
 * transaction, so a failure leaves the import committed and every incident as it was; it goes on to its end when
 * the screen is closed meanwhile. Never lets an exception reach the screen.
 */
final class UndoRun implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UndoRun.class);

    /** What an undo ended with: the import as recorded after it, or null and the problem in words. */
    record Outcome(ImportReport report, String problem) {
    }

    private final ImportService imports;
    private final ImportReport undone;
    private final String by;
    private final ImportProgress progress;
    private final Executor session;
    private final Consumer<Outcome> done;

    UndoRun(ImportService imports, ImportReport undone, String by, ImportProgress progress, Executor session,
            Consumer<Outcome> done) {
        this.imports = imports;
        this.undone = undone;
        this.by = by;
        this.progress = progress;
        this.session = session;
        this.done = done;
    }

    @Override
    public void run() {
        long total = undone.created() + undone.updated();
        boolean[] screenGone = new boolean[1];
        Outcome outcome;
        try {
            outcome = new Outcome(imports.undo(undone.id(), by, rows -> {
                if (!screenGone[0]) {
                    try {
                        session.execute(() -> progress.undone(rows, total));
                    } catch (UIDetachedException e) {
                        screenGone[0] = true; // the undo goes on; nobody is watching it
                    }
                }
            }), null);
        } catch (StoreWriteException e) {
            outcome = new Outcome(null, "The import of " + undone.fileName() + " was not undone, and nothing of it "
                    + "changed: " + e.getMessage() + ". Try again once that is resolved.");
        } catch (RuntimeException e) {
            LOG.warn("Undo of import {} by {} failed: {}", undone.id(), by, e.toString());
            outcome = new Outcome(null, "The import of " + undone.fileName() + " was not undone, and nothing of it "
                    + "changed; the server's log names the cause.");
        }
        Outcome ended = outcome;
        try {
            session.execute(() -> done.accept(ended));
        } catch (UIDetachedException e) {
            LOG.info("Undo of import {} by {} ended after its screen was closed: {}", undone.id(), by,
                    ended.report() == null ? ended.problem() : ended.report().status());
        }
    }
}
