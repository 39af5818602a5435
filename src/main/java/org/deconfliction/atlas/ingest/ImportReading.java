package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.FieldChange;

/**
 * The rows of one file as they stream in, each classified against the store by its atlas id (derived from the
 * external id): new, changed (with the differing fields) or unchanged. When the rows are to be committed it gathers
 * the new and changed rows and the rejections, and hands them to its writer every {@value #BATCH} rows and at
 * {@link #flush()}, so that memory stays bounded whatever the file's size; when previewing it only counts. Lists at
 * most {@value #LISTED} changed rows and {@value #LISTED} rejections for the report. Its watcher hears each
 * classified row and may stop the reading before any row.
 */
final class ImportReading implements RowSink {

    static final int LISTED = 1000;
    static final int BATCH = 1000;

    private final IncidentRepository stored;
    private final Consumer<ImportReading> writer;
    private final ImportWatcher watcher;
    /** The new rows read since the last batch was written. */
    final List<ImportRow> fresh = new ArrayList<>();
    /** The changed rows read since the last batch was written. */
    final List<ImportRow> changed = new ArrayList<>();
    /** The rejections since the last batch was written. */
    final List<Rejection> rejects = new ArrayList<>();
    final List<ChangedRow> changedRows = new ArrayList<>();
    /** The first {@value #LISTED} rejections of the file. */
    final List<Rejection> rejections = new ArrayList<>();
    long rowsRead;
    long rejected;
    long freshCount;
    long changedCount;
    long unchanged;

    /** A preview's reading: counts, nothing kept for writing. */
    ImportReading(IncidentRepository stored, ImportWatcher watcher) {
        this(stored, null, watcher);
    }

    /**
     * A reading whose rows are committed: {@code writer} takes each batch from {@link #fresh}, {@link #changed} and
     * {@link #rejects} (null: a preview).
     */
    ImportReading(IncidentRepository stored, Consumer<ImportReading> writer, ImportWatcher watcher) {
        this.stored = stored;
        this.writer = writer;
        this.watcher = watcher;
    }

    /** Throws {@link ImportCancelledException} when the watcher asks to stop. */
    void stopIfCancelled() {
        if (watcher.cancelled()) {
            throw new ImportCancelledException(rowsRead);
        }
    }

    /** Hands what was gathered since the last batch to the writer, which empties the lists. */
    void flush() {
        if (writer != null && !(fresh.isEmpty() && changed.isEmpty() && rejects.isEmpty())) {
            writer.accept(this);
            fresh.clear();
            changed.clear();
            rejects.clear();
        }
    }

    private void flushWhenFull() {
        if (fresh.size() + changed.size() + rejects.size() >= BATCH) {
            flush();
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
            if (writer != null) {
                fresh.add(row);
                flushWhenFull();
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
        if (writer != null) {
            changed.add(row);
            flushWhenFull();
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
        watcher.rejected(rejection);
        if (rejections.size() < LISTED) {
            rejections.add(rejection);
        }
        if (writer != null) {
            rejects.add(rejection);
            flushWhenFull();
        }
    }
}
