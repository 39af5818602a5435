package org.deconfliction.atlas.ingest;

import java.util.Map;

/**
 * One import asked for: the file's name, its format, the column mapping for CSV files (field to column name; empty
 * for detection), whether it is only a preview, whether a reject stops all ({@code allOrNothing}) or only the valid
 * rows are stored, and whether changed rows update the stored incidents or the stored ones are kept.
 */
public record ImportRequest(String fileName, ImportFormat format, Map<String, String> mapping, boolean dryRun,
                            boolean allOrNothing, boolean updateChanged) {

    public ImportRequest {
        mapping = Map.copyOf(mapping);
    }

    String mode() {
        return allOrNothing ? "all-or-nothing" : "valid-only";
    }
}
