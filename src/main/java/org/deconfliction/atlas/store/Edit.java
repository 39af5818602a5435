package org.deconfliction.atlas.store;

import java.util.Objects;

/**
 * Who makes a change and why: the user name recorded with the new version, and an optional comment (null or blank
 * for none).
 */
public record Edit(String by, String comment) {

    /** The user name that versions seeded from the shipped geodata are recorded under. */
    public static final String SHIPPED_GEODATA = "shipped geodata";

    public Edit {
        Objects.requireNonNull(by, "by");
        if (by.isBlank()) {
            throw new IllegalArgumentException("an edit needs the name of who makes it");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** A change by the given user with no comment. */
    public static Edit by(String user) {
        return new Edit(user, null);
    }
}
