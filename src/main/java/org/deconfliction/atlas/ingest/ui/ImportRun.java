package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.UIDetachedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.deconfliction.atlas.ingest.ImportCancelledException;
import org.deconfliction.atlas.ingest.ImportRefusedException;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.ImportRequest;
import org.deconfliction.atlas.ingest.ImportService;
import org.deconfliction.atlas.ingest.ImportWatcher;
import org.deconfliction.atlas.ingest.PreviewRow;
import org.deconfliction.atlas.ingest.Rejection;
import org.deconfliction.atlas.ingest.RejectsCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reading of a staged file by the import service, a preview or a commit, as run on a worker: the progress bar
 * follows the rows and bytes read, Cancel stops it, the first {@value #LISTED} rows are kept for the preview, a
 * preview writes every rejected row to a CSV file beside the staged one (disk, not memory, for any number), and the
 * outcome (the report, or the problem in words) is handed to the session. Never lets an exception reach the screen.
 */
final class ImportRun implements Runnable {

    /** How many rows a preview lists on the map and in its grid; the counts cover every row. */
    static final int LISTED = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    /**
     * What a run ended with: its report, or null and the problem in words; for a preview, the temporary CSV file of
     * every rejected row (null otherwise), which the screen deletes when done with it.
     */
    record Outcome(ImportReport report, List<PreviewRow> rows, String problem, Path rejects) {
    }

    private final ImportService imports;
    private final ImportRequest request;
    private final StagedFile file;
    private final String by;
    private final ImportProgress progress;
    private final AtomicBoolean cancelled;
    private final Executor session;
    private final Consumer<Outcome> done;

    ImportRun(ImportService imports, ImportRequest request, StagedFile file, String by, ImportProgress progress,
              AtomicBoolean cancelled, Executor session, Consumer<Outcome> done) {
        this.cancelled = cancelled;
        this.imports = imports;
        this.request = request;
        this.file = file;
        this.by = by;
        this.progress = progress;
        this.session = session;
        this.done = done;
    }

    @Override
    public void run() {
        List<PreviewRow> rows = new ArrayList<>();
        long[] bytesRead = new long[1];
        boolean[] screenGone = new boolean[1];
        Outcome outcome;
        Path rejectsFile = null;
        try (InputStream in = counting(Files.newInputStream(file.path()), bytesRead);
             Writer rejects = request.dryRun() ? rejectsWriter(rejectsFile = rejectsFile(file)) : Writer.nullWriter()) {
            ImportReport report = imports.run(request, in, by, new ImportWatcher() {
                @Override
                public void rowsRead(long count) {
                    double share = file.bytes() == 0 ? 1 : (double) bytesRead[0] / file.bytes();
                    boolean writing = !request.dryRun() && share >= 1; // the whole file is read: the writing follows
                    try {
                        session.execute(() -> {
                            if (writing) {
                                progress.writing(count);
                            } else {
                                progress.update(count, share);
                            }
                        });
                    } catch (UIDetachedException e) {
                        screenGone[0] = true; // the screen was closed: stop reading, store nothing
                    }
                }

                @Override
                public void row(PreviewRow row) {
                    if (rows.size() < LISTED) {
                        rows.add(row);
                    }
                }

                @Override
                public void rejected(Rejection rejection) {
                    try {
                        rejects.write(RejectsCsv.line(rejection));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean cancelled() {
                    return screenGone[0] || cancelled.get();
                }
            });
            rejects.flush();
            outcome = new Outcome(report, rows, null, rejectsFile);
        } catch (ImportRefusedException e) {
            outcome = new Outcome(null, List.of(), "The file " + file.name() + " cannot be imported: " + e.getMessage()
                    + ". Nothing was stored.", null);
        } catch (ImportCancelledException e) {
            outcome = new Outcome(null, List.of(), e.getMessage(), null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Import of {} by {} failed: {}", file.name(), by, e.toString());
            outcome = new Outcome(null, List.of(), "The file " + file.name()
                    + " could not be read to its end, and nothing of it was stored; the server's log names the cause.", null);
        }
        if (outcome.rejects() == null) {
            delete(rejectsFile);
        }
        Outcome ended = outcome;
        try {
            session.execute(() -> done.accept(ended));
        } catch (UIDetachedException e) {
            delete(ended.rejects());
            LOG.info("Import of {} by {} ended after its screen was closed: {}", file.name(), by,
                    ended.report() == null ? ended.problem() : ended.report().status());
        }
    }

    /** A new temporary file beside the staged one for this reading's rejects. */
    private static Path rejectsFile(StagedFile file) throws IOException {
        return Files.createTempFile(file.path().toAbsolutePath().getParent(), "atlas-rejects-", ".csv");
    }

    private static Writer rejectsWriter(Path path) throws IOException {
        Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        writer.write(RejectsCsv.HEADER);
        return writer;
    }

    /** Deletes a rejects file no screen will offer; nothing happens for null or a file gone already. */
    static void delete(Path rejects) {
        if (rejects != null) {
            try {
                Files.deleteIfExists(rejects);
            } catch (IOException e) {
                LOG.warn("Could not delete the rejects file {}: {}", rejects, e.toString());
            }
        }
    }

    private static InputStream counting(InputStream in, long[] count) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count[0] += n;
                }
                return n;
            }
        };
    }
}
