package org.deconfliction.atlas.query;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.deconfliction.atlas.store.StoreContention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one background thread that writes stored derived attributes, in the order asked. A work is a list of steps,
 * each one write transaction. A step the store refuses because another write holds it ({@link StoreContention}: an
 * import or undo longer than the embedded store's busy timeout) is tried again after a pause until it succeeds, so
 * nothing is lost to a long transaction; any other failure is logged and ends that work, whose rows are then derived
 * again at the next start-up. {@link #stop} lets the running step finish and abandons the rest without an error:
 * every row it would have written is missing or out of date, so the next start-up derives and writes it.
 */
final class AttributeWrites {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeWrites.class);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "derived-attributes-writer");
        t.setDaemon(true);
        return t;
    });
    private final Duration pause;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicInteger pending = new AtomicInteger();

    /** Writes that try a refused step again every {@code pause} (beyond the wait inside the store itself). */
    AttributeWrites(Duration pause) {
        this.pause = pause;
    }

    /** Queues the steps behind the works asked before; after {@link #stop} they are dropped (false). */
    boolean queue(String what, List<Runnable> steps) {
        if (steps.isEmpty()) {
            return true;
        }
        pending.incrementAndGet();
        try {
            thread.execute(() -> {
                try {
                    run(what, steps);
                } finally {
                    pending.decrementAndGet();
                }
            });
            return true;
        } catch (RejectedExecutionException stopped) {
            pending.decrementAndGet();
            LOG.debug("not writing {}: stopping", what);
            return false;
        }
    }

    private void run(String what, List<Runnable> steps) {
        for (Runnable step : steps) {
            if (stopped() || !runWhenFree(what, step)) {
                return;
            }
        }
    }

    /** Runs the step, again after each pause while the store is held by another write; false when it gave up. */
    private boolean runWhenFree(String what, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                if (attempt > 1) {
                    LOG.info("stored {} once the store was free again (attempt {})", what, attempt);
                }
                return true;
            } catch (RuntimeException e) {
                if (stopped()) {
                    LOG.debug("stopped while storing {}: {}", what, e.getMessage());
                    return false;
                }
                if (!StoreContention.busy(e)) {
                    LOG.warn("could not store {} (derived again at the next start-up): {}", what, e.getMessage());
                    return false;
                }
                if (attempt == 1) {
                    LOG.info("the store is held by another write; storing {} once it is free: {}", what, e.getMessage());
                }
                if (waitForStop(pause)) {
                    return false;
                }
            }
        }
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    /** Waits the pause; true when stopped meanwhile (or interrupted). */
    private boolean waitForStop(Duration wait) {
        try {
            return stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Waits up to {@code millis} for the works queued so far; true when they are done. For tests and benchmarks. */
    boolean await(long millis) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        try {
            thread.execute(done::countDown);
        } catch (RejectedExecutionException stopped) {
            return thread.awaitTermination(millis, TimeUnit.MILLISECONDS);
        }
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops taking works, lets the running step end (waiting up to {@code grace}) and drops the queued ones; the
     * thread is interrupted only if the step outlasts the grace. Logs how many works were left for the next start.
     */
    void stop(Duration grace) {
        int left = pending.get();
        stopping.countDown();
        thread.shutdown();
        try {
            if (!thread.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (left > 0) {
            LOG.info("stopped with {} writes of derived attributes not done; their incidents are derived again at the next start-up", left);
        }
    }
}
