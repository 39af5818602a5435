package org.deconfliction.atlas.analysis;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Runs analyses with a bounded cost: on a fixed pool of worker threads (one per core by default), each within a
 * time budget ({@code atlas.analysis.time-budget}, 1.5 s by default). An analysis that overruns is interrupted and
 * answered with {@link AnalysisTooComplexException}; one that cannot start within the budget because the workers
 * are busy, or finds the waiting line full, with {@link AnalysisBusyException}. So a few expensive questions cannot
 * take every core, and nobody waits longer than the budget. An analysis started from a worker runs in place.
 */
@Component
public class AnalysisBudget implements DisposableBean {

    private static final ThreadLocal<Boolean> ON_WORKER = ThreadLocal.withInitial(() -> false);

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
        AtomicBoolean started = new AtomicBoolean();
        Future<T> result;
        try {
            result = workers.submit(() -> {
                started.set(true);
                return analysis.get();
            });
        } catch (RejectedExecutionException e) {
            throw new AnalysisBusyException(budget);
        }
        try {
            return result.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw started.get() ? new AnalysisTooComplexException(budget) : new AnalysisBusyException(budget);
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
