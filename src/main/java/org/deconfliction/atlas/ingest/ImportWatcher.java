package org.deconfliction.atlas.ingest;

import java.util.function.LongConsumer;

/**
 * Follows one import while its file is read, e.g. for a progress bar and a preview on the map: hears the number of
 * rows read (every 1,000 rows and at the end), each row accepted with its classification and each row rejected, and
 * may ask to stop.
 * Once {@link #cancelled()} answers true the reading stops with an {@link ImportCancelledException} and nothing of
 * the file is stored; a cancel after the reading, while the import is being written, is not heard.
 */
public interface ImportWatcher {

    /** The number of rows read so far (rejected ones included). */
    default void rowsRead(long rows) {
    }

    /** A row read into a candidate incident, classified against the store. */
    default void row(PreviewRow row) {
    }

    /** A row that cannot become an incident, with its line, column, value and reason; heard for every one. */
    default void rejected(Rejection rejection) {
    }

    /** Whether the import should stop; asked before each row and before the import is written. */
    default boolean cancelled() {
        return false;
    }

    /** A watcher that only hears the number of rows read. */
    static ImportWatcher progress(LongConsumer rows) {
        return new ImportWatcher() {
            @Override
            public void rowsRead(long count) {
                rows.accept(count);
            }
        };
    }
}
