package org.deconfliction.atlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.Versioned;

/**
 * Writes one import's rows batch by batch as the file is read, all within the import's one transaction: the new
 * incidents in one bulk creation per batch (those deleted earlier, e.g. by the undo of an earlier import of the same
 * file, brought back instead), the updates of changed ones when asked, and the import's record of each incident and
 * each reject. Once an all-or-nothing import has met a reject it writes nothing more: the transaction will be rolled
 * back.
 */
final class ImportWriting {

    private final IncidentStore store;
    private final ImportRecords records;
    private final ImportRequest request;
    private final Edit edit;
    private final long importId;
    long created;
    long updated;

    ImportWriting(IncidentStore store, ImportRecords records, ImportRequest request, Edit edit, long importId) {
        this.store = store;
        this.records = records;
        this.request = request;
        this.edit = edit;
        this.importId = importId;
    }

    /** Writes the batch the reading gathered. */
    void write(ImportReading batch) {
        if (request.allOrNothing() && batch.rejected > 0) {
            return;
        }
        List<ImportRecords.Item> items = new ArrayList<>();
        Set<String> deleted = store.deletedAmong(batch.fresh.stream().map(row -> row.incident().id()).toList());
        List<ImportRow> brandNew = batch.fresh.stream().filter(row -> !deleted.contains(row.incident().id())).toList();
        List<Versioned<Incident>> stored = store.createAll(brandNew.stream().map(ImportRow::incident).toList(), edit);
        for (int i = 0; i < stored.size(); i++) {
            items.add(new ImportRecords.Item(stored.get(i).item().id(), brandNew.get(i).externalId(), "created",
                    stored.get(i).version(), null));
        }
        for (ImportRow row : batch.fresh) {
            if (deleted.contains(row.incident().id())) {
                items.add(revive(row));
            }
        }
        created += batch.fresh.size();
        if (request.updateChanged()) {
            for (ImportRow row : batch.changed) {
                Versioned<Incident> before = store.current(row.incident().id()).orElseThrow(() ->
                        new ImportRefusedException(row.line(), "the stored incident " + row.incident().id()
                                + " that this row changes was deleted while the file was read; nothing was imported"));
                Versioned<Incident> after = store.update(row.incident(), before.version(), edit);
                items.add(new ImportRecords.Item(after.item().id(), row.externalId(), "updated", after.version(),
                        before.version()));
                updated++;
            }
        }
        records.items(importId, items);
        records.rejects(importId, batch.rejects);
    }

    /**
     * Brings back an incident deleted earlier with the row's values: its last version before the delete is
     * restored, then updated, both as new versions; an undo deletes it again.
     */
    private ImportRecords.Item revive(ImportRow row) {
        String id = row.incident().id();
        long deletedAt = store.history(id).getLast().version();
        Versioned<Incident> restored = store.restore(id, deletedAt - 1, deletedAt, edit);
        Versioned<Incident> after = store.update(row.incident(), restored.version(), edit);
        return new ImportRecords.Item(id, row.externalId(), "revived", after.version(), deletedAt);
    }
}
