package org.deconfliction.atlas.site;

/**
 * A period during which a force held a site, as the sources give it: {@code from} and {@code to} are partial
 * dates (YYYY, YYYY-MM or YYYY-MM-DD), {@code to} is null while the period is open, and {@code note} may be null.
 */
public record HeldPeriod(String by, String from, String to, String note) {
}
