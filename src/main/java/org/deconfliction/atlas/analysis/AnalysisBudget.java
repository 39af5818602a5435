package org.deconfliction.atlas.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Runs analyses with a bounded cost: on a fixed pool of worker threads (one per core by default), each within a
 * time budget ({@code atlas.analysis.time-budget}, 1.5 s by default). An analysis still running when the budget has
 * passed is interrupted and answered with {@link AnalysisTooComplexException} once it has used a quarter of the
 * budget in CPU time itself; one that has not, because an overloaded machine gave it no CPU, gets up to
 * {@value #STARVED_WAIT} budgets in all and is then answered with {@link AnalysisBusyException}, as is one that
 * cannot start within the budget because the workers are busy, or finds the waiting line full. So a few expensive
 * questions cannot take every core, a cheap question is never called too complex because the machine is slow, and
 * nobody waits longer than {@value #STARVED_WAIT} budgets. An analysis started from a worker runs in place.
 */
@Component
public class AnalysisBudget implements DisposableBean {

    private static final ThreadLocal<Boolean> ON_WORKER = ThreadLocal.withInitial(() -> false);

    /** How many budgets of wall time an analysis starved of CPU may take before it is refused as busy. */
    static final int STARVED_WAIT = 4;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration budget;
    private final ThreadPoolExecutor workers;

    @Autowired
    AnalysisBudget(@Value("${atlas.analysis.time-budget:1500ms}") String budget,
            @Value("${atlas.analysis.threads:0}") int threads, @Value("${atlas.analysis.queue:256}") int queue) {
        this(DurationStyle.detectAndParse(budget), threads, queue);
    }

    private AnalysisBudget(Duration budget, int threads, int queue) {
        this.budget = budget;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger number = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), work -> {
            Thread thread = new Thread(() -> {
                ON_WORKER.set(true);
                work.run();
            }, "analysis-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A budget with the given time and threads, for tests and benchmarks. */
    public static AnalysisBudget of(Duration budget, int threads) {
        return new AnalysisBudget(budget, threads, 256);
    }

    /** The time an analysis may take. */
    public Duration budget() {
        return budget;
    }

    /**
     * The result of the analysis, computed within the budget. Exceptions the analysis throws reach the caller
     * unchanged.
     *
     * @throws AnalysisTooComplexException if it ran longer than the budget
     * @throws AnalysisBusyException if it could not start in time
     */
    public <T> T within(Supplier<T> analysis) {
        if (ON_WORKER.get()) {
            return analysis.get();
        }
        WorkerClock clock = new WorkerClock();
        Future<T> result;
        try {
            result = workers.submit(() -> {
                clock.start();
                return analysis.get();
            });
        } catch (RejectedExecutionException e) {
            throw new AnalysisBusyException(budget);
        }
        try {
            return await(result, clock);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new AnalysisBusyException(budget);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The analysis's result once it is done; after the budget, a refusal: too complex if it used a quarter of the
     * budget in CPU time, else (not started, or starved of CPU) busy, after at most {@link #STARVED_WAIT} budgets.
     */
    private <T> T await(Future<T> result, WorkerClock clock) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + budget.toNanos();
        long starvedDeadline = System.nanoTime() + STARVED_WAIT * budget.toNanos();
        long slice = budget.toNanos();
        while (true) {
            try {
                return result.get(Math.max(1, Math.min(slice, deadline - System.nanoTime())), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (!clock.started()) {
                    result.cancel(true);
                    throw new AnalysisBusyException(budget);
                }
                if (clock.cpuNanos() >= budget.toNanos() / 4) {
                    result.cancel(true);
                    throw new AnalysisTooComplexException(budget);
                }
                if (System.nanoTime() >= starvedDeadline) {
                    result.cancel(true);
                    throw new AnalysisBusyException(budget);
                }
                deadline = Math.min(starvedDeadline, System.nanoTime() + budget.toNanos() / 8);
                slice = budget.toNanos() / 8;
            }
        }
    }

    /**
     * The CPU time an analysis's worker thread has used since the analysis started, in nanoseconds; where the JVM
     * cannot measure thread CPU time, the wall time instead, so that an overrun counts as too complex.
     */
    private static final class WorkerClock {
        private volatile Thread worker;
        private volatile long cpuAtStart;
        private volatile long wallAtStart;

        void start() {
            wallAtStart = System.nanoTime();
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
            worker = Thread.currentThread();
        }

        boolean started() {
            return worker != null;
        }

        long cpuNanos() {
            long now = THREADS.getThreadCpuTime(worker.threadId());
            return now < 0 || cpuAtStart < 0 ? System.nanoTime() - wallAtStart : now - cpuAtStart;
        }
    }

    /** Throws {@link AnalysisTooComplexException} when the running analysis was stopped; long loops call it. */
    public static void checkNotStopped() {
        if (Thread.currentThread().isInterrupted() && ON_WORKER.get()) {
            throw new AnalysisTooComplexException(null);
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
