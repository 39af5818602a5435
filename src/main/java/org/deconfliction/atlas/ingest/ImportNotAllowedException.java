package org.deconfliction.atlas.ingest;

/** The current user may not import or undo imports: only editors may. */
public class ImportNotAllowedException extends RuntimeException {

    ImportNotAllowedException() {
        super("Only editors may import files or undo imports.");
    }
}
