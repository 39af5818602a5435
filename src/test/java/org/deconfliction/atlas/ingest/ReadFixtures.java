package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a fixture file under src/test/resources/ingest (or any file) with a format's reader, collecting rows and rejections. */
final class ReadFixtures implements RowSink {

    final List<ImportRow> rows = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    static ReadFixtures read(String fixture, ImportFormat format, Map<String, String> mapping) {
        try (InputStream in = ReadFixtures.class.getResourceAsStream("/ingest/" + fixture)) {
            return read(fixture, in, format, mapping, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file (e.g. one a test wrote into its temporary folder). */
    static ReadFixtures read(Path file, ImportFormat format, Map<String, String> mapping) {
        return read(file, format, mapping, null);
    }

    /** Reads a file, for a GeoPackage the given layer (null: the reader's choice). */
    static ReadFixtures read(Path file, ImportFormat format, Map<String, String> mapping, String layer) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in, format, mapping, layer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadFixtures read(String name, InputStream in, ImportFormat format, Map<String, String> mapping,
                                     String layer) {
        ReadFixtures read = new ReadFixtures();
        try (CandidateChecks checks = new CandidateChecks(LocalDate.of(2026, 1, 1))) {
            new ImportReaders("", () -> Set.of("conoco", "al-omar", "al-tanf")).read(
                    new ImportRequest(name, format, mapping, true, true, true, layer), in, checks, read, rows -> { });
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
