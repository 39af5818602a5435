package org.deconfliction.atlas.ingest;

import java.util.List;
import org.deconfliction.atlas.geodata.CsvCell;

/**
 * The rows an import rejected as CSV text with the columns {@code line,column,value,reason}, each cell neutralised
 * for spreadsheets by {@link CsvCell}; only the header line for no rejections.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    /** The header line, ended by CRLF. */
    public static final String HEADER = "line,column,value,reason\r\n";

    /** The CSV text, lines ended by CRLF as RFC 4180 has them. */
    public static String of(List<Rejection> rejections) {
        StringBuilder csv = new StringBuilder(HEADER);
        rejections.forEach(r -> csv.append(line(r)));
        return csv.toString();
    }

    /** One rejection as a CSV line ended by CRLF, for writing the file row by row. */
    public static String line(Rejection r) {
        return r.line() + "," + CsvCell.of(r.column()) + "," + CsvCell.of(r.value()) + "," + CsvCell.of(r.reason())
                + "\r\n";
    }
}
