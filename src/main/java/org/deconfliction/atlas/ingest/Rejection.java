package org.deconfliction.atlas.ingest;

/**
 * A row of an imported file that cannot become an incident: its {@code line} in the file (the header is line 1),
 * the {@code column} at fault (null when the row as a whole is), the {@code value} found there and the reason.
 */
public record Rejection(long line, String column, String value, String reason) {
}
