package org.deconfliction.atlas.ingest;

import java.util.Map;

/**
 * One import asked for: the file's name, its format, the column mapping for CSV files (field to column name; empty
 * for detection), whether it is only a preview, whether a reject stops all ({@code allOrNothing}) or only the valid
 * rows are stored, whether changed rows update the stored incidents or the stored ones are kept, and for a
 * GeoPackage the layer to read (null: the only feature layer, or the one called {@code incidents}).
 */
public record ImportRequest(String fileName, ImportFormat format, Map<String, String> mapping, boolean dryRun,
                            boolean allOrNothing, boolean updateChanged, String layer) {

    public ImportRequest {
        mapping = Map.copyOf(mapping);
    }

    /** A request for a file of one layer (any but a GeoPackage, or a GeoPackage whose layer is chosen for it). */
    public ImportRequest(String fileName, ImportFormat format, Map<String, String> mapping, boolean dryRun,
                         boolean allOrNothing, boolean updateChanged) {
        this(fileName, format, mapping, dryRun, allOrNothing, updateChanged, null);
    }

    String mode() {
        return allOrNothing ? "all-or-nothing" : "valid-only";
    }
}
