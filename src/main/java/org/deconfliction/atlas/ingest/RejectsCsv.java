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

    /** The CSV text, lines ended by CRLF as RFC 4180 has them. */
    public static String of(List<Rejection> rejections) {
        StringBuilder csv = new StringBuilder("line,column,value,reason\r\n");
        for (Rejection r : rejections) {
            csv.append(r.line()).append(',').append(CsvCell.of(r.column())).append(',').append(CsvCell.of(r.value()))
                    .append(',').append(CsvCell.of(r.reason())).append("\r\n");
        }
        return csv.toString();
    }
}
