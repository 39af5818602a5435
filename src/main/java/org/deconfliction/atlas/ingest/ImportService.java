package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Imports a file: streams it through the reader of its format and classifies each row against the store; unless a
 * dry run, the new and changed rows (as their incidents' GeoJSON Feature texts) and the rejects are kept in a
 * temporary file ({@link ImportSpool}) while the file is read, so memory does not grow with the file and no write
 * transaction is open while the file is read (other edits go on meanwhile). Then it commits through the store's
 * versioned writes in one short transaction, batch by batch from the spool: the new incidents, the updates of
 * changed ones when asked, and the record of the import with its incidents and rejects, so a failure anywhere (or
 * a cancel while reading) stores none of it. All-or-nothing with any reject stores nothing and answers
 * {@code refused}. An undo deletes what the import created (batched deletes) and restores what it updated, as new
 * versions in one transaction recorded on the import: nothing is destroyed, and an undo that fails for one incident
 * changes none.
 */
@Service
public class ImportService {

    private final IncidentRepository incidents;
    private final SiteRepository sites;
    private final IncidentStore store;
    private final ImportRecords records;
    private final ImportReaders readers;
    private final TransactionOperations transactions;
    private final Clock clock;
    /** How many of an import's incidents an undo reads and writes at a time. */
    static final int UNDO_BATCH = 1_000;

    ImportService(IncidentRepository incidents, SiteRepository sites, IncidentStore store, ImportRecords records,
                  ImportReaders readers, TransactionOperations transactions) {
        this.sites = sites;
        this.transactions = transactions;
        this.incidents = incidents;
        this.store = store;
        this.records = records;
        this.readers = readers;
        this.clock = Clock.systemUTC();
    }

    /**
     * Imports the file as asked.
     *
     * @throws ImportRefusedException when the file as a whole cannot be read; nothing is stored then
     */
    public ImportReport run(ImportRequest request, InputStream file, String by, LongConsumer progress) {
        return run(request, file, by, ImportWatcher.progress(progress));
    }

    /**
     * Imports the file as asked, telling the watcher how many rows were read and each row's classification; the
     * watcher may stop the reading, and then nothing is stored.
     *
     * @throws ImportRefusedException when the file as a whole cannot be read; nothing is stored then
     * @throws ImportCancelledException when the watcher asked to stop before the import was written
     */
    public ImportReport run(ImportRequest request, InputStream file, String by, ImportWatcher watcher) {
        Instant at = clock.instant();
        if (request.dryRun()) {
            ImportReading reading = new ImportReading(incidents, watcher);
            String checksum = read(request, file, reading, watcher);
            return report(null, request, checksum, "preview", by, at, reading, 0, 0);
        }
        Edit edit = new Edit(by, "import of " + request.fileName());
        try (ImportSpool spool = ImportSpool.create(request.allOrNothing(), this::siteIds)) {
            ImportReading reading = new ImportReading(incidents, spool, watcher);
            String checksum = read(request, file, reading, watcher);
            reading.flush();
            if (request.allOrNothing() && reading.rejected > 0) {
                return report(null, request, checksum, "refused", by, at, reading, 0, 0);
            }
            return transactions.execute(status -> {
                long id = records.start(request, by, at);
                ImportWriting writing = new ImportWriting(store, records, request, edit, id, this::siteIds);
                spool.replay(writing::write);
                ImportReport report = report(id, request, checksum, "committed", by, at, reading, writing.created,
                        writing.updated);
                records.finish(id, report);
                return report;
            });
        }
    }

    private Set<String> siteIds() {
        return sites.findAll().stream().map(Site::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Streams the file through its reader into the reading (which, when committing, writes each batch as it
     * fills); returns the SHA-256 of the file's bytes.
     */
    private String read(ImportRequest request, InputStream file, ImportReading reading, ImportWatcher watcher) {
        MessageDigest sha256 = sha256();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LongConsumer progress = rows -> {
            watcher.rowsRead(rows);
            reading.stopIfCancelled();
        };
        try (InputStream in = new DigestInputStream(file, sha256); CandidateChecks checks = new CandidateChecks(today)) {
            readers.read(request, in, checks, reading, progress);
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reading.stopIfCancelled();
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Every recorded import, newest first. */
    public List<ImportReport> imports() {
        return records.all();
    }

    /** One recorded import. */
    public ImportReport get(long id) {
        return records.find(id).orElseThrow(() -> new ImportNotFoundException(id));
    }

    /** The rows an import rejected, in file order. */
    public List<Rejection> rejects(long id) {
        get(id);
        return records.rejects(id);
    }

    /**
     * Undoes a whole import through the history: each incident it created is deleted, each it updated is restored
     * to the version before, both as new versions, in one transaction: when one of them fails (e.g. the earlier
     * values no longer pass the rules) nothing of this undo is stored. An import undone already is answered as it is.
     */
    public ImportReport undo(long id, String by) {
        return undo(id, by, rows -> { });
    }

    /**
     * {@link #undo(long, String)}, telling {@code progress} how many of the import's incidents are undone so far
     * after each batch of {@value #UNDO_BATCH}: their ids are read a batch at a time and the created ones deleted in
     * one batched write, so memory does not grow with the import. The whole undo is still one transaction: if the
     * progress consumer throws, or any write fails, nothing of it is stored and the import stays committed.
     */
    public ImportReport undo(long id, String by, LongConsumer progress) {
        ImportReport report = get(id);
        if (report.status().equals("undone")) {
            return report;
        }
        Edit edit = new Edit(by, "undo of import " + id + " (" + report.fileName() + ")");
        transactions.executeWithoutResult(status -> {
            if (records.undone(id, by, clock.instant())) {
                undoItems(id, edit, progress);
            }
        });
        return get(id);
    }

    private void undoItems(long id, Edit edit, LongConsumer progress) {
        long undone = 0;
        String after = "";
        for (List<ImportRecords.Item> batch = records.itemsAfter(id, after, UNDO_BATCH); !batch.isEmpty();
             batch = records.itemsAfter(id, after, UNDO_BATCH)) {
            List<String> created = new java.util.ArrayList<>(batch.size());
            for (ImportRecords.Item item : batch) {
                if (item.change().equals("created") || item.change().equals("revived")) {
                    created.add(item.incidentId());
                } else {
                    store.current(item.incidentId()).ifPresent(current ->
                            store.restore(item.incidentId(), item.previousVersion(), current.version(), edit));
                }
            }
            store.deleteAll(created, edit);
            undone += batch.size();
            after = batch.getLast().incidentId();
            progress.accept(undone);
        }
    }

    private static ImportReport report(Long id, ImportRequest request, String checksum, String status, String by,
                                       Instant at, ImportReading reading, long created, long updated) {
        return new ImportReport(id, request.fileName(), request.format().code(), checksum, request.mode(), status, by, at,
                reading.rowsRead, reading.rejected, reading.freshCount, reading.changedCount, reading.unchanged, created,
                updated, reading.changedRows,
                reading.rejections.subList(0, Math.min(ImportReading.LISTED, reading.rejections.size())));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
