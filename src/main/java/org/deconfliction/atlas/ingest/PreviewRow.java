package org.deconfliction.atlas.ingest;

import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.store.FieldChange;

/**
 * A row of an imported file as the preview shows it: its line (the header is line 1), its external id, the incident
 * it makes, whether that incident is {@code new}, {@code changed} or {@code unchanged} against the store, and for a
 * changed one the fields that differ (empty otherwise).
 */
public record PreviewRow(long line, String externalId, Incident incident, String status, List<FieldChange> fields) {

    public PreviewRow {
        fields = List.copyOf(fields);
    }
}
