package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InOrderWorkerTest {

    @Test
    void tasksArePreparedOnThreadsOfTheirOwnAndHandedOnInTheOrderGivenOnTheGiversThread() {
        List<String> prepared = new CopyOnWriteArrayList<>();
        List<Integer> handed = new ArrayList<>();
        List<String> handingThreads = new ArrayList<>();
        String giver = Thread.currentThread().getName();
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2, 3)) {
            for (int i = 0; i < 50; i++) {
                int task = i;
                worker.submit(() -> {
                    prepared.add(Thread.currentThread().getName());
                    if (task % 7 == 0) {
                        Thread.sleep(5);   // later tasks finish first
                    }
                    return task;
                }, result -> {
                    handed.add(result);
                    handingThreads.add(Thread.currentThread().getName());
                });
            }
            worker.finish();
        }
        assertThat(handed).hasSize(50).isSorted();
        assertThat(handingThreads).containsOnly(giver);
        assertThat(prepared).hasSize(50).allSatisfy(name -> assertThat(name).startsWith("import-spool-test-"));
    }

    @Test
    void twoTasksArePreparedAtTheSameTime() {
        CountDownLatch both = new CountDownLatch(2);
        List<Boolean> metTheOther = new CopyOnWriteArrayList<>();
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2, 3)) {
            for (int i = 0; i < 2; i++) {
                worker.submit(() -> {
                    both.countDown();
                    return both.await(10, TimeUnit.SECONDS);
                }, metTheOther::add);
            }
            worker.finish();
        }
        assertThat(metTheOther).containsExactly(true, true);
    }

    @Test
    void aRefusalReachesTheGiverAsItIsAndNoTaskGivenAfterItIsHandedOn() {
        List<Integer> handed = new ArrayList<>();
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2, 1)) {
            worker.submit(() -> 1, handed::add);
            worker.<Integer>submit(() -> {
                throw new ImportRefusedException(7, "the incident acled-syr7 is not valid");
            }, handed::add);
            assertThatThrownBy(() -> {
                worker.submit(() -> 3, handed::add);
                worker.finish();
            }).isInstanceOf(ImportRefusedException.class).hasMessageContaining("acled-syr7");
            worker.finish();
        }
        assertThat(handed).containsExactly(1);
    }

    @Test
    void anIoFailureReachesTheGiverAtFinishNamingTheTemporaryFile() {
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 2, 2)) {
            worker.submit(() -> {
                throw new IOException("No space left on device");
            }, prepared -> { });
            assertThatThrownBy(worker::finish).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("temporary file").hasMessageContaining("No space left on device");
        }
    }

    @Test
    void anIoFailureWhileHandingOnReachesTheGiverNamingTheTemporaryFile() {
        try (InOrderWorker worker = new InOrderWorker("import-spool-test", 1, 2)) {
            worker.submit(() -> "batch", prepared -> {
                throw new IOException("Disk quota exceeded");
            });
            assertThatThrownBy(worker::finish).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("temporary file").hasMessageContaining("Disk quota exceeded");
        }
    }
}
