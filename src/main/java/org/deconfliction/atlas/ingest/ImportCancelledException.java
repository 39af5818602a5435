package org.deconfliction.atlas.ingest;

/** The import was stopped by its {@link ImportWatcher} before anything was written: nothing of the file is stored. */
public class ImportCancelledException extends RuntimeException {

    ImportCancelledException(long rowsRead) {
        super("The import was cancelled after " + rowsRead + " rows; nothing was stored.");
    }
}
