package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.FieldChange;

/**
 * The rows of one file as they stream in, each classified against the store by its atlas id (derived from the
 * external id): new, changed (with the differing fields) or unchanged. Keeps the new and changed incidents when
 * they are to be committed, only counts when previewing; lists at most {@value #LISTED} changed rows, and as many rejections when previewing
 * (all of them when committing, for the rejects file).
 */
final class ImportReading implements RowSink {

    static final int LISTED = 1000;

    private final IncidentRepository stored;
    private final boolean keep;
    final List<ImportRow> fresh = new ArrayList<>();
    final List<ImportRow> changed = new ArrayList<>();
    final List<ChangedRow> changedRows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    long rowsRead;
    long rejected;
    long freshCount;
    long changedCount;
    long unchanged;

    ImportReading(IncidentRepository stored, boolean keep) {
        this.stored = stored;
        this.keep = keep;
    }

    @Override
    public void accept(ImportRow row) {
        rowsRead++;
        Incident incident = row.incident();
        Incident before = stored.findById(incident.id()).orElse(null);
        if (before == null) {
            freshCount++;
            if (keep) {
                fresh.add(row);
            }
            return;
        }
        List<FieldChange> fields = FieldChange.between(IncidentGeoJson.feature(before), IncidentGeoJson.feature(incident));
        if (fields.isEmpty()) {
            unchanged++;
            return;
        }
        changedCount++;
        if (keep) {
            changed.add(row);
        }
        if (changedRows.size() < LISTED) {
            changedRows.add(new ChangedRow(row.line(), row.externalId(), incident.id(), fields));
        }
    }

    @Override
    public void reject(Rejection rejection) {
        rowsRead++;
        rejected++;
        if (keep || rejections.size() < LISTED) {
            rejections.add(rejection);
        }
    }
}
