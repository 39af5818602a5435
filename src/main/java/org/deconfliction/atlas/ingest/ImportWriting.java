package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentFeature;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.Versioned;

/**
 * Writes one import's spooled batches within the import's one transaction, after its file has been read: the new
 * incidents in one bulk creation per batch, as checked while the file was read, with their GeoJSON Feature texts (those deleted earlier, e.g. by the undo
 * of an earlier import of the same file, brought back instead), the updates of changed ones when asked, and the
 * import's record of each incident and each reject.
 */
final class ImportWriting {

    private final IncidentStore store;
    private final ImportRecords records;
    private final ImportRequest request;
    private final Edit edit;
    private final long importId;
    private final Supplier<Set<String>> siteIds;
    long created;
    long updated;

    ImportWriting(IncidentStore store, ImportRecords records, ImportRequest request, Edit edit, long importId,
                  Supplier<Set<String>> siteIds) {
        this.store = store;
        this.records = records;
        this.request = request;
        this.edit = edit;
        this.importId = importId;
        this.siteIds = siteIds;
    }

    /** Writes one spooled batch. */
    void write(ImportSpool.Batch batch) {
        List<ImportRecords.Item> items = new ArrayList<>();
        Set<String> deleted = store.deletedAmong(batch.fresh().stream().map(ImportSpool.Row::id).toList());
        List<ImportSpool.Row> brandNew = batch.fresh().stream().filter(row -> !deleted.contains(row.id())).toList();
        List<Versioned<Incident>> stored = store.createAllRead(brandNew.stream()
                .map(row -> new IncidentFeature(row.incident(), row.feature())).toList(), edit);
        for (int i = 0; i < stored.size(); i++) {
            items.add(new ImportRecords.Item(stored.get(i).item().id(), brandNew.get(i).externalId(), "created",
                    stored.get(i).version(), null));
        }
        for (ImportSpool.Row row : batch.fresh()) {
            if (deleted.contains(row.id())) {
                items.add(revive(row));
            }
        }
        created += batch.fresh().size();
        if (request.updateChanged()) {
            for (ImportSpool.Row row : batch.changed()) {
                Versioned<Incident> before = store.current(row.id()).orElseThrow(() ->
                        new ImportRefusedException(row.line(), "the stored incident " + row.id()
                                + " that this row changes was deleted while the file was read; nothing was imported"));
                Versioned<Incident> after = store.update(incident(row), before.version(), edit);
                items.add(new ImportRecords.Item(after.item().id(), row.externalId(), "updated", after.version(),
                        before.version()));
                updated++;
            }
        }
        records.items(importId, items);
        records.rejects(importId, batch.rejects());
    }

    /**
     * Brings back an incident deleted earlier with the row's values: its last version before the delete is
     * restored, then updated, both as new versions; an undo deletes it again.
     */
    private ImportRecords.Item revive(ImportSpool.Row row) {
        String id = row.id();
        long deletedAt = store.history(id).getLast().version();
        Versioned<Incident> restored = store.restore(id, deletedAt - 1, deletedAt, edit);
        Versioned<Incident> after = store.update(incident(row), restored.version(), edit);
        return new ImportRecords.Item(id, row.externalId(), "revived", after.version(), deletedAt);
    }

    /** The row's incident read back from its spooled Feature text (a site it names may have been deleted since). */
    private Incident incident(ImportSpool.Row row) {
        try {
            return IncidentGeoJson.read("incident " + row.id(), row.feature(), siteIds.get());
        } catch (GeodataException e) {
            throw new ImportRefusedException(row.line(), "the incident " + row.id() + " is no longer valid: "
                    + e.problem() + "; nothing was imported");
        }
    }
}
