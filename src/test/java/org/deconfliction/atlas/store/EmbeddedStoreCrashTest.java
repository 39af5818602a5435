package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.deconfliction.atlas.incident.Incident;
import org.junit.jupiter.api.Test;

/**
 * A process killed with SIGKILL (kill -9) while it writes to the embedded store leaves neither a corrupt file nor
 * a half-written incident: after each kill the file passes SQLite's integrity check, and every incident's row is at
 * the latest version of its history, with that version's values, its versions numbered 1, 2, 3 ... without gaps.
 */
class EmbeddedStoreCrashTest {

    private static final int KILLS = 3;

    @Test
    void killingAWriterMidWriteLeavesEveryIncidentWholeAndItsHistoryConsistent() throws Exception {
        Path folder = Path.of("target", "test-data", "crash-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(folder);
        for (int kill = 0; kill < KILLS; kill++) {
            long writes = writeUntilKilled(folder, "run" + kill);
            assertThat(writes).as("writes committed before the kill").isGreaterThan(0);
            checkWhole(folder);
        }
    }

    /** Starts a writer, lets it commit some writes, kills it with SIGKILL at a random moment; the writes it reported. */
    private static long writeUntilKilled(Path folder, String run) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreWriterProcess.class.getName(), folder.toString(), run)
                .redirectErrorStream(true).start();
        long reported = 0;
        long killAfter = 20 + ThreadLocalRandom.current().nextInt(40);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("wrote ")) {
                    reported = Long.parseLong(line.substring(6));
                    if (reported >= killAfter) {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(15));
                        writer.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("the writer reported no write; did it fail to start?").isPositive();
        return reported;
    }

    private static void checkWhole(Path folder) {
        try (EmbeddedStoreWiring store = new EmbeddedStoreWiring(folder)) {
            assertThat(store.jdbc.queryForObject("PRAGMA integrity_check", String.class)).isEqualTo("ok");
            List<Map<String, Object>> rows = store.jdbc.queryForList("SELECT id, version, deleted FROM incidents");
            assertThat(rows).isNotEmpty();
            for (Map<String, Object> row : rows) {
                String id = (String) row.get("id");
                long version = ((Number) row.get("version")).longValue();
                boolean deleted = ((Number) row.get("deleted")).intValue() == 1;
                List<ItemVersion<Incident>> history = store.store.history(id);
                assertThat(history).as(id).extracting(ItemVersion::version)
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
                ItemVersion<Incident> latest = history.getLast();
                assertThat(deleted).as(id).isEqualTo(latest.kind() == ChangeKind.DELETED);
                Incident stored = store.jdbc.queryForObject(new IncidentTable(store.dialect, java.util.Set::of).select()
                        + " WHERE id = ?", new IncidentTable(store.dialect, java.util.Set::of).rowMapper(), id);
                assertThat(stored).as(id).isEqualTo(latest.values());
            }
        }
    }
}
