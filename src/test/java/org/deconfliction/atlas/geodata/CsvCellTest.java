package org.deconfliction.atlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV cells that spreadsheets show as text: formulas neutralised, numbers kept, RFC 4180 quoting intact. */
class CsvCellTest {

    @Test
    void cellsThatASpreadsheetWouldEvaluateArePrefixedWithAnApostrophe() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvCell.of("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCell.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.of("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCell.of("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.of("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void plainTextAndPlainNumbersStayAsTheyAre() {
        assertThat(CsvCell.of("Battle of Khasham")).isEqualTo("Battle of Khasham");
        assertThat(CsvCell.of("-12.5")).isEqualTo("-12.5");
        assertThat(CsvCell.of("40.12345")).isEqualTo("40.12345");
        assertThat(CsvCell.of("a = b")).isEqualTo("a = b");
        assertThat(CsvCell.of(null)).isEmpty();
    }

    @Test
    void aCsvReaderGetsTheNeutralisedTextBackInOneCell() throws IOException {
        String row = String.join(",", CsvCell.of("=1+1"), CsvCell.of("a,b"), CsvCell.of("say \"hi\"\nthere"));
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(row + "\r\n")).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().values()).containsExactly("'=1+1", "a,b", "say \"hi\"\nthere");
    }

    @Test
    void aCommentLineStaysOneLineAndOneCell() {
        assertThat(CsvCell.comment("bank: east")).isEqualTo("# bank: east");
        assertThat(CsvCell.comment("matching \"x\r\n=cmd|' /C calc'!A0,=1+1\""))
                .isEqualTo("\"# matching \"\"x  =cmd|' /C calc'!A0,=1+1\"\"\"")
                .doesNotContain("\r").doesNotContain("\n");
    }
}
