package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Analyses answer within their time budget or are stopped with a "too complex" or "busy" refusal. */
class AnalysisBudgetTest {

    private final AnalysisBudget budget = AnalysisBudget.of(Duration.ofMillis(300), 1);

    @Test
    void aQuickAnalysisAnswersAndItsOwnRefusalsPassUnchanged() {
        assertThat(budget.within(() -> 6 * 7)).isEqualTo(42);
        assertThatThrownBy(() -> budget.within(() -> {
            throw new InvalidRegionException("no WKT was given");
        })).isExactlyInstanceOf(InvalidRegionException.class).hasMessage("no WKT was given");
    }

    @Test
    void anAnalysisOverrunningTheBudgetIsStoppedAsTooComplex() {
        AtomicBoolean stopped = new AtomicBoolean();
        long start = System.nanoTime();
        assertThatThrownBy(() -> budget.within(() -> {
            while (true) {
                try {
                    AnalysisBudget.checkNotStopped();
                } catch (AnalysisTooComplexException e) {
                    stopped.set(true);
                    throw e;
                }
            }
        })).isInstanceOf(AnalysisTooComplexException.class)
                .hasMessageContaining("the question is too complex: answering it took longer than 0.3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        // The worker noticed the interruption and is free for the next question.
        assertThat(budget.within(() -> "next")).isEqualTo("next");
        assertThat(stopped).isTrue();
    }

    @Test
    void anAnalysisThatCannotStartBecauseTheWorkersAreBusyIsRefusedAsBusy() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        Thread hog = new Thread(() -> {
            try {
                budget.within(() -> {
                    running.countDown();
                    // Like a geometry operation that does not heed interruption: it runs until released.
                    boolean released = false;
                    while (!released) {
                        try {
                            released = release.await(5, TimeUnit.SECONDS) || true;
                        } catch (InterruptedException ignored) {
                            // keeps running
                        }
                    }
                    return null;
                });
            } catch (AnalysisTooComplexException | AnalysisBusyException expected) {
                // the hog itself overruns; it waits rather than computes, so it is refused as busy
            }
        });
        hog.start();
        assertThat(running.await(2, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> budget.within(() -> "waiting")).isInstanceOf(AnalysisBusyException.class)
                    .hasMessageContaining("too many questions at once");
        } finally {
            release.countDown();
            hog.join();
        }
    }

    @Test
    void anAnalysisThatGetsNoCpuPastTheBudgetIsNotCalledTooComplexAndAnswersIfItEndsWithinTheStarvedWait() {
        // Sleeping stands for a thread the scheduler does not run: wall time passes, its CPU time does not.
        assertThat(budget.within(() -> {
            sleep(Duration.ofMillis(450));
            return "late but cheap";
        })).isEqualTo("late but cheap");
    }

    @Test
    void anAnalysisStarvedOfCpuBeyondTheStarvedWaitIsRefusedAsBusyNotAsTooComplex() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> budget.within(() -> {
            sleep(Duration.ofSeconds(5));
            return "never";
        })).isExactlyInstanceOf(AnalysisBusyException.class).hasMessageContaining("try again in a moment");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300L * AnalysisBudget.STARVED_WAIT))
                .isLessThan(Duration.ofMillis(300L * AnalysisBudget.STARVED_WAIT + 1500));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
