package org.deconfliction.atlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Threads of its own that prepare the tasks given to it side by side while the giver goes on, and the giver's own
 * thread that hands each prepared result on in the order the tasks were given: the expensive part of a task runs
 * in parallel, its effect (e.g. appending to a file) happens one at a time, in order. At most {@code waiting} tasks
 * wait to be handed on, beyond which {@link #submit} waits. The first task that fails is rethrown to the giver (a
 * runtime exception as it is, an I/O failure as {@link UncheckedIOException}) at its next submit or at
 * {@link #finish()}, and no task given after it is handed on. {@link #close()} stops the threads.
 */
final class InOrderWorker implements AutoCloseable {

    /** The part of a task that runs on the worker's threads; it may fail with an I/O error or be interrupted. */
    interface Preparation<T> {
        T prepare() throws IOException, InterruptedException;
    }

    /** The part of a task that runs on the giver's thread, in the order given, with what was prepared. */
    interface Handing<T> {
        void hand(T prepared) throws IOException;
    }

    private record Pending<T>(Future<T> prepared, Handing<T> hand) {
    }

    private final ExecutorService threads;
    private final Deque<Pending<?>> pending = new ArrayDeque<>();
    private final int waiting;

    /** {@code threads} threads named after {@code name}; at most {@code waiting} (at least one) tasks wait. */
    InOrderWorker(String name, int threads, int waiting) {
        this.threads = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name(name + "-", 0).factory());
        this.waiting = Math.max(1, waiting);
    }

    /**
     * Queues the task after those given before and hands on every earlier one already prepared; waits while
     * {@code waiting} tasks are waiting already.
     */
    <T> void submit(Preparation<T> prepare, Handing<T> hand) {
        while (!pending.isEmpty() && (pending.size() >= waiting || pending.peekFirst().prepared().isDone())) {
            handFirst();
        }
        pending.addLast(new Pending<>(threads.submit(prepare::prepare), hand));
    }

    /** Waits until every task given has been prepared and handed on. */
    void finish() {
        while (!pending.isEmpty()) {
            handFirst();
        }
    }

    private void handFirst() {
        Pending<?> first = pending.removeFirst();
        try {
            hand(first);
        } catch (RuntimeException failure) {
            pending.forEach(later -> later.prepared().cancel(true));
            pending.clear();
            throw failure;
        }
    }

    private static <T> void hand(Pending<T> task) {
        T prepared = resultOf(task.prepared(), InOrderWorker::failedFile);
        try {
            task.hand().hand(prepared);
        } catch (IOException e) {
            throw failedFile(e);
        }
    }

    /**
     * What a task run on one of the import's own threads gave, waiting for it: its runtime failure rethrown as it is,
     * an interruption as a cancelled import, an I/O failure as {@code failed} makes it.
     */
    static <T> T resultOf(Future<T> task, Function<IOException, UncheckedIOException> failed) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException(0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof InterruptedException) {
                throw new ImportCancelledException(0);
            }
            throw failed.apply(e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    private static UncheckedIOException failedFile(IOException e) {
        return new UncheckedIOException("the import could not write its temporary file: " + e.getMessage(), e);
    }

    /** Stops the threads, interrupting tasks that are running, and waits for them to end. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
