package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the import screen reads and writes files: off the request thread, on at most {@value #WORKERS} workers for
 * the whole application, so that an import's cost is bounded and the screen stays responsive (its progress is pushed
 * to the browser). A job asked for while every worker is busy is refused, not queued.
 */
@Component
class ImportJobs {

    static final int WORKERS = 2;

    private final Executor workers;
    private final Function<UI, Executor> sessions;

    @Autowired
    ImportJobs() {
        this(pool(), ui -> command -> ui.access(command::run));
    }

    /** With the given workers and the way to run a command in a UI's session (both inline for the view tests). */
    ImportJobs(Executor workers, Function<UI, Executor> sessions) {
        this.workers = workers;
        this.sessions = sessions;
    }

    /** Runs the work on a worker; false when every worker is busy, and then the work does not run. */
    boolean start(Runnable work) {
        try {
            workers.execute(work);
            return true;
        } catch (RejectedExecutionException busy) {
            return false;
        }
    }

    /** Runs commands in the session of {@code ui}, from any thread; they are pushed to its browser. */
    Executor session(UI ui) {
        return sessions.apply(ui);
    }

    @PreDestroy
    void close() {
        if (workers instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    private static ExecutorService pool() {
        return new ThreadPoolExecutor(WORKERS, WORKERS, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), work -> {
            Thread thread = new Thread(work, "atlas-import");
            thread.setDaemon(true);
            return thread;
        });
    }
}
