package org.deconfliction.atlas.ingest;

import java.util.List;
import org.deconfliction.atlas.store.FieldChange;

/** A row whose external id is stored already with other values: the incident, its line and the fields that differ. */
public record ChangedRow(long line, String externalId, String incidentId, List<FieldChange> fields) {

    public ChangedRow {
        fields = List.copyOf(fields);
    }
}
