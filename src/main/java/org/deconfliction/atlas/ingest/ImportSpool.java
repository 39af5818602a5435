package org.deconfliction.atlas.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an import will write, gathered while its file is read and kept in a temporary file rather than in memory or
 * in an open transaction: each new and changed row as its incident checked by the store's strict reader (its GeoJSON
 * Feature text built, the form its history keeps, and read back) in a binary form ({@link SpooledIncident}) beside
 * that text, and each reject, batch by batch. The checks and the encoding run on threads of the spool's own, one per
 * processor, several batches side by side behind the reading, and each batch is appended in file order once ready,
 * so the file's reading and the checks share the machine's cores; at most {@link #PENDING} batches wait. Once the whole file has been read, {@link #replay} hands the batches back in file order, one
 * batch in memory at a time, to be written in one short transaction without parsing anything again. Once an
 * all-or-nothing import has met a reject nothing more is kept (nothing will be written). {@link #close()} stops the
 * threads and deletes the file.
 */
final class ImportSpool implements Consumer<ImportReading>, AutoCloseable {

    /** A row to write: its line in the file, its external id, its checked incident and that incident's Feature text. */
    record Row(long line, String externalId, Incident incident, String feature) {

        String id() {
            return incident.id();
        }
    }

    /** One batch as it was read: new rows, changed rows and rejects. */
    record Batch(List<Row> fresh, List<Row> changed, List<Rejection> rejects) {
    }

    /** How many threads check and encode batches side by side: one per processor, the reading runs beside them. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** How many batches may wait for the spool's threads before the reading waits for them: one more than threads. */
    static final int PENDING = THREADS + 1;

    static final byte FRESH = 'N';
    static final byte CHANGED = 'C';
    static final byte REJECT = 'R';
    static final byte END_OF_BATCH = 'B';

    private final Path file;
    private final DataOutputStream out;
    private final boolean allOrNothing;
    private final Supplier<Set<String>> siteIds;
    private final InOrderWorker worker = new InOrderWorker("import-spool", THREADS, PENDING);

    private ImportSpool(Path file, boolean allOrNothing, Supplier<Set<String>> siteIds) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.allOrNothing = allOrNothing;
        this.siteIds = siteIds;
    }

    /**
     * A new, empty spool in the temporary folder, checking incidents against the sites {@code siteIds} gives (asked
     * once a batch); an all-or-nothing one stops keeping rows after the first reject.
     */
    static ImportSpool create(boolean allOrNothing, Supplier<Set<String>> siteIds) {
        try {
            return new ImportSpool(Files.createTempFile("atlas-import-", ".spool"), allOrNothing, siteIds);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not create its temporary file: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the batch the reading gathered (which it empties afterwards), to be checked and kept on the spool's
     * threads; waits while {@link #PENDING} batches are waiting already.
     *
     * @throws ImportRefusedException when a row of an earlier batch is not a valid incident
     */
    @Override
    public void accept(ImportReading batch) {
        if (allOrNothing && batch.rejected > 0) {
            return;
        }
        List<ImportRow> fresh = List.copyOf(batch.fresh);
        List<ImportRow> changed = List.copyOf(batch.changed);
        List<Rejection> rejects = List.copyOf(batch.rejects);
        worker.submit(() -> kept(fresh, changed, rejects), out::write);
    }

    /** The batch in the spool's form, its rows checked; runs on one of the spool's threads. */
    private byte[] kept(List<ImportRow> fresh, List<ImportRow> changed, List<Rejection> rejects) throws IOException {
        Set<String> sites = siteIds.get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream batch = new DataOutputStream(bytes);
        for (ImportRow row : fresh) {
            row(batch, FRESH, row, sites);
        }
        for (ImportRow row : changed) {
            row(batch, CHANGED, row, sites);
        }
        for (Rejection reject : rejects) {
            batch.writeByte(REJECT);
            batch.writeLong(reject.line());
            SpooledIncident.text(batch, reject.column());
            SpooledIncident.text(batch, reject.value());
            SpooledIncident.text(batch, reject.reason());
        }
        batch.writeByte(END_OF_BATCH);
        batch.flush();
        return bytes.toByteArray();
    }

    /**
     * Keeps the row's incident as the strict reader reads it back from its Feature (the tree whose text the history
     * keeps; the same checks as reading the text), and that text.
     */
    private static void row(DataOutputStream out, byte kind, ImportRow row, Set<String> sites) throws IOException {
        String id = row.incident().id();
        ObjectNode tree = IncidentGeoJson.feature(row.incident());
        String feature = tree.toString();
        Incident checked;
        try {
            checked = IncidentGeoJson.read("incident " + id, tree, sites);
        } catch (GeodataException e) {
            throw new ImportRefusedException(row.line(), "the incident " + id + " is not valid: " + e.problem()
                    + "; nothing was imported");
        }
        out.writeByte(kind);
        out.writeLong(row.line());
        SpooledIncident.text(out, row.externalId());
        SpooledIncident.write(out, checked);
        SpooledIncident.text(out, feature);
    }

    /**
     * Waits for the batches still being kept, then hands every kept batch, in the order kept, to {@code writer};
     * the spool takes no more batches.
     *
     * @throws ImportRefusedException when a row is not a valid incident
     */
    void replay(Consumer<Batch> writer) {
        worker.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw SpoolReplay.readBackFailed(e);
        }
        SpoolReplay.replay(file, writer);
    }

    /** Stops the spool's threads and deletes the temporary file. */
    @Override
    public void close() {
        worker.close();
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted below either way
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not delete its temporary file " + file, e);
        }
    }
}
