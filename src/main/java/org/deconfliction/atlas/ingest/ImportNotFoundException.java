package org.deconfliction.atlas.ingest;

/** No import has the given id. */
public class ImportNotFoundException extends RuntimeException {

    ImportNotFoundException(long id) {
        super("There is no import " + id + ".");
    }
}
