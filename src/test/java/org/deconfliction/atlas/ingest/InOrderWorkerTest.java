package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InOrderWorkerTest {

    @Test
    void tasksRunOneAtATimeInTheOrderGivenOnAThreadOfTheirOwn() {
        List<String> ran = new CopyOnWriteArrayList<>();
        String giver = Thread.currentThread().getName();
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2)) {
            for (int i = 0; i < 50; i++) {
                int task = i;
                worker.submit(() -> ran.add(task + " on " + Thread.currentThread().getName()));
            }
            worker.finish();
        }
        assertThat(ran).hasSize(50).allSatisfy(entry -> assertThat(entry).endsWith(" on import-spool-test"));
        assertThat(ran.stream().map(entry -> Integer.parseInt(entry.split(" ")[0])).toList()).isSorted();
        assertThat(giver).isNotEqualTo("import-spool-test");
    }

    @Test
    void aRefusalOnTheWorkerReachesTheGiverAsItIsAndTheTasksAfterItDoNotRun() {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 1)) {
            worker.submit(() -> ran.add(1));
            worker.submit(() -> {
                throw new ImportRefusedException(7, "the incident acled-syr7 is not valid");
            });
            assertThatThrownBy(() -> {
                worker.submit(() -> ran.add(3));
                worker.finish();
            }).isInstanceOf(ImportRefusedException.class).hasMessageContaining("acled-syr7");
        }
        assertThat(ran).doesNotContain(3).contains(1);
    }

    @Test
    void anIoFailureOnTheWorkerReachesTheGiverAtFinishNamingTheTemporaryFile() {
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2)) {
            worker.submit(() -> {
                throw new IOException("No space left on device");
            });
            assertThatThrownBy(worker::finish).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("temporary file").hasMessageContaining("No space left on device");
        }
    }
}
