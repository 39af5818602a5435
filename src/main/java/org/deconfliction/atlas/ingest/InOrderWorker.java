package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A thread of its own that runs the tasks given to it one at a time, in the order given, while the giver goes on;
 * at most {@code waiting} tasks wait for it, beyond which {@link #submit} waits. The first task that fails is
 * rethrown to the giver (a runtime exception as it is, an I/O failure as {@link UncheckedIOException}) at its next
 * submit or at {@link #finish()}. {@link #close()} stops the thread.
 */
final class InOrderWorker implements AutoCloseable {

    /** A task that may fail with an I/O error. */
    interface Task {
        void run() throws IOException;
    }

    private final ExecutorService thread;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final int waiting;

    InOrderWorker(String name, int waiting) {
        this.thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
        this.waiting = waiting;
    }

    /** Queues the task after those given before; waits while {@code waiting} tasks are waiting already. */
    void submit(Task task) {
        while (pending.size() >= waiting) {
            await(pending.removeFirst());
        }
        pending.addLast(thread.submit((Callable<Void>) () -> {
            task.run();
            return null;
        }));
    }

    /** Waits until every task given has run. */
    void finish() {
        while (!pending.isEmpty()) {
            await(pending.removeFirst());
        }
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException(0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new UncheckedIOException("the import could not write its temporary file: " + e.getCause().getMessage(),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    /** Stops the thread, interrupting a task that is running, and waits for it to end. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
