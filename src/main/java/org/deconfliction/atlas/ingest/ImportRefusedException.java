package org.deconfliction.atlas.ingest;

/**
 * The file as a whole cannot be read (bytes that are not UTF-8, no header, a required column missing, a format it
 * is not): nothing of it is stored. {@code line} is where the problem is, 0 when it concerns no single line.
 */
public class ImportRefusedException extends RuntimeException {

    private final long line;

    ImportRefusedException(long line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The line of the file at fault (the header is line 1), 0 for none. */
    public long line() {
        return line;
    }
}
