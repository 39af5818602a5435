package org.deconfliction.atlas.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.incident.IncidentGeoJson;

/**
 * What an import will write, gathered while its file is read and kept in a temporary file rather than in memory or
 * in an open transaction: each new and changed row as the GeoJSON Feature text of its incident (the form its history
 * keeps) and each reject, batch by batch. Once the whole file has been read and checked, {@link #replay} hands the
 * batches back in file order, one batch in memory at a time, to be written in one short transaction. Once an
 * all-or-nothing import has met a reject nothing more is kept (nothing will be written). {@link #close()} deletes
 * the file.
 */
final class ImportSpool implements Consumer<ImportReading>, AutoCloseable {

    /** A row to write: its line in the file, its external id, its incident's atlas id and GeoJSON Feature text. */
    record Row(long line, String externalId, String id, String feature) {
    }

    /** One batch as it was read: new rows, changed rows and rejects. */
    record Batch(List<Row> fresh, List<Row> changed, List<Rejection> rejects) {
    }

    private static final byte FRESH = 'N';
    private static final byte CHANGED = 'C';
    private static final byte REJECT = 'R';
    private static final byte END_OF_BATCH = 'B';

    private final Path file;
    private final DataOutputStream out;
    private final boolean allOrNothing;

    private ImportSpool(Path file, boolean allOrNothing) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.allOrNothing = allOrNothing;
    }

    /** A new, empty spool in the temporary folder; an all-or-nothing one stops keeping rows after the first reject. */
    static ImportSpool create(boolean allOrNothing) {
        try {
            return new ImportSpool(Files.createTempFile("atlas-import-", ".spool"), allOrNothing);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not create its temporary file: " + e.getMessage(), e);
        }
    }

    /** Keeps the batch the reading gathered (which it empties afterwards). */
    @Override
    public void accept(ImportReading batch) {
        if (allOrNothing && batch.rejected > 0) {
            return;
        }
        try {
            for (ImportRow row : batch.fresh) {
                row(FRESH, row);
            }
            for (ImportRow row : batch.changed) {
                row(CHANGED, row);
            }
            for (Rejection reject : batch.rejects) {
                out.writeByte(REJECT);
                out.writeLong(reject.line());
                text(reject.column());
                text(reject.value());
                text(reject.reason());
            }
            out.writeByte(END_OF_BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not write its temporary file: " + e.getMessage(), e);
        }
    }

    private void row(byte kind, ImportRow row) throws IOException {
        out.writeByte(kind);
        out.writeLong(row.line());
        text(row.externalId());
        text(row.incident().id());
        text(IncidentGeoJson.feature(row.incident()).toString());
    }

    private void text(String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Hands every kept batch, in the order kept, to {@code writer}; the spool takes no more batches. */
    void replay(Consumer<Batch> writer) {
        try {
            out.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                List<Row> fresh = new ArrayList<>();
                List<Row> changed = new ArrayList<>();
                List<Rejection> rejects = new ArrayList<>();
                while (true) {
                    int kind;
                    try {
                        kind = in.readByte();
                    } catch (EOFException end) {
                        return;
                    }
                    switch (kind) {
                        case FRESH -> fresh.add(row(in));
                        case CHANGED -> changed.add(row(in));
                        case REJECT -> rejects.add(new Rejection(in.readLong(), text(in), text(in), text(in)));
                        case END_OF_BATCH -> {
                            writer.accept(new Batch(List.copyOf(fresh), List.copyOf(changed), List.copyOf(rejects)));
                            fresh.clear();
                            changed.clear();
                            rejects.clear();
                        }
                        default -> throw new IllegalStateException("the import's temporary file " + file + " is damaged");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not read back its temporary file: " + e.getMessage(), e);
        }
    }

    private static Row row(DataInputStream in) throws IOException {
        return new Row(in.readLong(), text(in), text(in), text(in));
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() {
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
