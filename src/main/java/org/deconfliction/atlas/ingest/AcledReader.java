package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an ACLED CSV export row by row, never holding the file: the export tool's columns, older exports without
 * {@code disorder_type}, {@code civilian_targeting} or {@code tags}, and the HDX variant whose second line holds
 * HXL hashtags (skipped). Each row goes to the sink as a candidate ({@link AcledRow}) or a rejection.
 */
final class AcledReader {

    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude");

    private final AcledRow rows;

    AcledReader(AcledRow rows) {
        this.rows = rows;
    }

    /**
     * Reads the stream to its end; {@code progress} hears the number of rows read every 1,000 rows and may stop
     * the read by throwing.
     *
     * @throws ImportRefusedException when the file is not UTF-8, has no header or lacks a required column
     */
    void read(InputStream in, RowSink sink, LongConsumer progress) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(StrictUtf8.open(in)).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new ImportRefusedException(1, "has no header line");
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new ImportRefusedException(1, "the header has no column '" + column + "', which every ACLED export has; found "
                            + header.keySet());
                }
            }
            long lineBefore = parser.getCurrentLineNumber();
            long count = 0;
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records)) {
                CSVRecord record = records.next();
                long line = lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (record.getRecordNumber() == 1 && record.get("event_id_cnty").startsWith("#")) {
                    continue;
                }
                rows.read(line, record, sink);
                if (++count % 1000 == 0) {
                    progress.accept(count);
                }
            }
            progress.accept(count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                throw new ImportRefusedException(0, "is not a well-formed CSV file: " + e.getCause().getMessage());
            }
            throw e;
        }
    }
}
