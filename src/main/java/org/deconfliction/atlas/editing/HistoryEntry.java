package org.deconfliction.atlas.editing;

import java.time.Instant;
import java.util.List;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.FieldChange;

/**
 * One version of an incident as its history shows it: who made it and when, what kind of change, the comment (null
 * for none), for a restore the version brought back (else null), and the fields it changed against the version
 * before, old and new values as JSON text (empty for the first version and for a delete).
 */
public record HistoryEntry(long version, ChangeKind kind, Instant at, String by, String comment, Long restoredFrom,
                           List<FieldChange> changes) {

    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
