package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolReplayTest {

    @TempDir
    Path folder;

    @Test
    void batchesComeBackInTheOrderKeptWithTheirRejects() throws IOException {
        Path file = folder.resolve("import.spool");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (int batch = 0; batch < 40; batch++) {
                reject(out, batch * 1_000L + 2, "latitude", "95.1", "latitude out of range");
                reject(out, batch * 1_000L + 3, "event_date", "31 June 2018", "unknown date");
                out.writeByte(ImportSpool.END_OF_BATCH);
            }
        }
        List<ImportSpool.Batch> batches = new ArrayList<>();
        SpoolReplay.replay(file, batches::add);
        assertThat(batches).hasSize(40).allSatisfy(batch -> assertThat(batch.fresh()).isEmpty());
        assertThat(batches.stream().flatMap(batch -> batch.rejects().stream()).map(Rejection::line).toList())
                .isSorted().hasSize(80).startsWith(2L, 3L, 1_002L);
        assertThat(batches.getLast().rejects().getLast())
                .isEqualTo(new Rejection(39_003, "event_date", "31 June 2018", "unknown date"));
    }

    @Test
    void aByteThatStartsNoRecordIsRefusedAsADamagedFileNamingIt() throws IOException {
        Path file = folder.resolve("damaged.spool");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeByte(ImportSpool.END_OF_BATCH);
            out.writeByte('X');
        }
        List<ImportSpool.Batch> batches = new ArrayList<>();
        assertThatThrownBy(() -> SpoolReplay.replay(file, batches::add))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged").hasMessageContaining(file.toString());
        assertThat(batches).hasSize(1);
    }

    private static void reject(DataOutputStream out, long line, String column, String value, String reason) throws IOException {
        out.writeByte(ImportSpool.REJECT);
        out.writeLong(line);
        SpooledIncident.text(out, column);
        SpooledIncident.text(out, value);
        SpooledIncident.text(out, reason);
    }
}
