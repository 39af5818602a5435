package org.deconfliction.atlas.ingest;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.deconfliction.atlas.ingest.ImportSpool.Batch;
import org.deconfliction.atlas.ingest.ImportSpool.Row;

import static org.deconfliction.atlas.ingest.ImportSpool.CHANGED;
import static org.deconfliction.atlas.ingest.ImportSpool.END_OF_BATCH;
import static org.deconfliction.atlas.ingest.ImportSpool.FRESH;
import static org.deconfliction.atlas.ingest.ImportSpool.REJECT;

/**
 * Reads an import spool's file back batch by batch, in the order kept, each batch read and decoded on a thread of
 * its own while the one before is written, so the write transaction spends its time writing. Ends at the end of the
 * file; a byte that starts no record is refused as a damaged file.
 */
final class SpoolReplay {

    private SpoolReplay() {
    }

    /** Hands every batch in {@code file} to {@code writer}, in order, on the caller's thread. */
    static void replay(Path file, Consumer<Batch> writer) {
        ExecutorService ahead = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("import-replay").factory());
        try {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                Future<Batch> next = ahead.submit(() -> nextBatch(in, file));
                for (Batch batch = readBack(next); batch != null; batch = readBack(next)) {
                    next = ahead.submit(() -> nextBatch(in, file));
                    writer.accept(batch);
                }
            }
        } catch (IOException e) {
            throw readBackFailed(e);
        } finally {
            ahead.shutdownNow();
        }
    }

    /** The next batch kept, read on the replay's own thread; null at the end of the file. */
    private static Batch nextBatch(DataInputStream in, Path file) throws IOException {
        List<Row> fresh = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        List<Rejection> rejects = new ArrayList<>();
        while (true) {
            int kind;
            try {
                kind = in.readByte();
            } catch (EOFException end) {
                return null;
            }
            switch (kind) {
                case FRESH -> fresh.add(row(in));
                case CHANGED -> changed.add(row(in));
                case REJECT -> rejects.add(new Rejection(in.readLong(), SpooledIncident.text(in),
                        SpooledIncident.text(in), SpooledIncident.text(in)));
                case END_OF_BATCH -> {
                    return new Batch(List.copyOf(fresh), List.copyOf(changed), List.copyOf(rejects));
                }
                default -> throw new IllegalStateException("the import's temporary file " + file + " is damaged");
            }
        }
    }

    private static Batch readBack(Future<Batch> batch) {
        return InOrderWorker.resultOf(batch, SpoolReplay::readBackFailed);
    }

    static UncheckedIOException readBackFailed(IOException e) {
        return new UncheckedIOException("the import could not read back its temporary file: " + e.getMessage(), e);
    }

    private static Row row(DataInputStream in) throws IOException {
        return new Row(in.readLong(), SpooledIncident.text(in), SpooledIncident.read(in), SpooledIncident.text(in));
    }
}
