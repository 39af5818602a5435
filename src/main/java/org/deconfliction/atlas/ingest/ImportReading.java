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
 * (all of them when committing, for the rejects file). Its watcher hears each classified row and may stop the
 * reading before any row.
 */
final class ImportReading implements RowSink {

    static final int LISTED = 1000;

    private final IncidentRepository stored;
    private final boolean keep;
    private final ImportWatcher watcher;
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
        this(stored, keep, new ImportWatcher() { });
    }

    /** As above, telling the watcher of each classified row and stopping when it asks to. */
    ImportReading(IncidentRepository stored, boolean keep, ImportWatcher watcher) {
        this.stored = stored;
        this.keep = keep;
        this.watcher = watcher;
    }

    /** Throws {@link ImportCancelledException} when the watcher asks to stop. */
    void stopIfCancelled() {
        if (watcher.cancelled()) {
            throw new ImportCancelledException(rowsRead);
        }
    }

    @Override
    public void accept(ImportRow row) {
        stopIfCancelled();
        rowsRead++;
        Incident incident = row.incident();
        Incident before = stored.findById(incident.id()).orElse(null);
        if (before == null) {
            freshCount++;
            if (keep) {
                fresh.add(row);
            }
            watcher.row(new PreviewRow(row.line(), row.externalId(), incident, "new", List.of()));
            return;
        }
        List<FieldChange> fields = FieldChange.between(IncidentGeoJson.feature(before), IncidentGeoJson.feature(incident));
        if (fields.isEmpty()) {
            unchanged++;
            watcher.row(new PreviewRow(row.line(), row.externalId(), incident, "unchanged", List.of()));
            return;
        }
        changedCount++;
        if (keep) {
            changed.add(row);
        }
        if (changedRows.size() < LISTED) {
            changedRows.add(new ChangedRow(row.line(), row.externalId(), incident.id(), fields));
        }
        watcher.row(new PreviewRow(row.line(), row.externalId(), incident, "changed", fields));
    }

    @Override
    public void reject(Rejection rejection) {
        stopIfCancelled();
        rowsRead++;
        rejected++;
        if (keep || rejections.size() < LISTED) {
            rejections.add(rejection);
        }
    }
}
