package org.deconfliction.atlas.editing;

import java.time.Instant;

/**
 * An incident deleted now, as the list of deleted incidents shows it: its id and title, when (UTC) and by whom it was
 * deleted with the comment given (null for none), and {@code deletedVersion}, the version of the delete. Restoring
 * it brings back the version before the delete, whose values are those it had when deleted.
 */
public record DeletedIncident(String id, String title, Instant at, String by, String comment, long deletedVersion) {

    /** The version a restore brings back: the one before the delete. */
    public long versionBefore() {
        return deletedVersion - 1;
    }
}
