package org.deconfliction.atlas.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What an import found and did: the file, its counts (rows read, rejected, new, changed, unchanged; created and
 * updated when committed), the changed rows with their differing fields and the rejected rows with line, column,
 * value and reason (at most {@value ImportReading#LISTED} of each are listed; the counts are always complete).
 * {@code status} is {@code preview} for a dry run, {@code committed}, {@code refused} (all-or-nothing with
 * rejects: nothing stored) or {@code undone}; {@code id} is null unless committed.
 */
public record ImportReport(Long id, String fileName, String format, String checksum, String mode, String status,
                           String by, Instant at, long rowsRead, long rejected, long fresh, long changed,
                           long unchanged, long created, long updated, List<ChangedRow> changedRows,
                           List<Rejection> rejections) {

    public ImportReport {
        changedRows = List.copyOf(changedRows);
        rejections = List.copyOf(rejections);
    }
}
