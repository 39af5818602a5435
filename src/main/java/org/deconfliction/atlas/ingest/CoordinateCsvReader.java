package org.deconfliction.atlas.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with coordinates row by row: any of the delimiters {@code , ; TAB |} (the one the header line
 * holds most of), a header row, the columns mapped by a {@link CsvMapping}; each row goes to the sink through
 * {@link CsvRow} as a candidate or a rejection.
 */
final class CoordinateCsvReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CsvMapping mapping;
    private final CandidateChecks checks;
    private final String fileName;

    CoordinateCsvReader(CsvMapping mapping, CandidateChecks checks, String fileName) {
        this.mapping = mapping;
        this.checks = checks;
        this.fileName = fileName;
    }

    void read(InputStream in, RowSink sink, LongConsumer progress) {
        try (BufferedReader text = new BufferedReader(StrictUtf8.open(in), 1 << 16)) {
            text.mark(1 << 16);
            String first = text.readLine();
            if (first == null || first.isBlank()) {
                throw new ImportRefusedException(1, "has no header line");
            }
            text.reset();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(first)).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames();
                Map<String, String> columns = mapping.resolve(header);
                if (!columns.containsKey("wkt") && !(columns.containsKey("latitude") && columns.containsKey("longitude"))) {
                    throw new ImportRefusedException(1, "the header has no latitude and longitude columns and no WKT column; "
                            + "map them (latitude, longitude or wkt); it has " + header);
                }
                if (!columns.containsKey("date")) {
                    throw new ImportRefusedException(1, "the header has no date column; map one; it has " + header);
                }
                CsvRow rows = new CsvRow(columns, checks, fileName);
                long lineBefore = parser.getCurrentLineNumber();
                long count = 0;
                for (CSVRecord record : parser) {
                    long line = lineBefore + 1;
                    lineBefore = parser.getCurrentLineNumber();
                    rows.read(line, record, sink);
                    if (++count % 1000 == 0) {
                        progress.accept(count);
                    }
                }
                progress.accept(count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The delimiter the header line holds most of, among {@code , ; TAB |}. */
    static char delimiter(String header) {
        char best = ',';
        long most = -1;
        for (char d : DELIMITERS) {
            long n = header.chars().filter(c -> c == d).count();
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best;
    }
}
