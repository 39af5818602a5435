package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a fixture file under src/test/resources/ingest with a format's reader, collecting rows and rejections. */
final class ReadFixtures implements RowSink {

    final List<ImportRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    static ReadFixtures read(String fixture, ImportFormat format, Map<String, String> mapping) {
        ReadFixtures read = new ReadFixtures();
        try (InputStream in = ReadFixtures.class.getResourceAsStream("/ingest/" + fixture)) {
            new ImportReaders("").read(new ImportRequest(fixture, format, mapping, true, true, true), in,
                    new CandidateChecks(LocalDate.of(2026, 1, 1)), read, rows -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    @Override
    public void accept(ImportRow row) {
        rows.add(row);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    Rejection rejectionOn(long line) {
        return rejections.stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }
}
