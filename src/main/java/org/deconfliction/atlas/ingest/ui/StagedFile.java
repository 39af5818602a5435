package org.deconfliction.atlas.ingest.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file waiting on the import screen: its name as the user's computer gave it, the temporary file it was
 * streamed into, and its size in bytes. Removed when the screen is done with it (another upload, a commit, leaving).
 */
record StagedFile(String name, Path path, long bytes) {

    /** Deletes the temporary file; nothing happens when it is gone already. */
    void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
