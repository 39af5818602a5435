package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every open view that the store changed, whoever changed it: each view registers a refresh on attach and
 * removes it on detach, so a closed view is not kept. A change only marks the views as due; each due view is
 * refreshed once, {@code atlas.ui.refresh-delay} (default 250 ms) after the first change of a burst, in its own
 * session ({@link UI#access}) and pushed to the browser. So an import of 10,000 incidents, which arrives as one or a
 * few changes, costs each view one refresh, and any run of edits at most one refresh per view per delay. The thread
 * that committed the change (an HTTP request, an import, the PostgreSQL listener) only marks and schedules; it never
 * waits for a session.
 */
@Component
public class StoreChangeBroadcast {

    /**
     * One registered view: how to run a command in its session, its refresh, and whether a refresh is scheduled
     * and not yet started.
     */
    private record Subscriber(Executor session, Runnable refresh, AtomicBoolean due) {
    }

    private final Map<Object, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atlas-view-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final long delayMillis;

    StoreChangeBroadcast(@Value("${atlas.ui.refresh-delay:250ms}") Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    /**
     * Refreshes the view in {@code ui} after every change of the store, until the registration is removed (on
     * detach). {@code refresh} runs in the UI's session lock.
     */
    public Registration register(UI ui, Runnable refresh) {
        // access() queues the command for the session and returns at once; it refuses once the UI is closed.
        return register(command -> ui.access(command::run), refresh);
    }

    /** As above, with {@code session} running a command in the view's session. */
    Registration register(Executor session, Runnable refresh) {
        Object key = new Object();
        subscribers.put(key, new Subscriber(session, refresh, new AtomicBoolean()));
        return () -> subscribers.remove(key);
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
    }

    /** How many views are registered now. */
    int registered() {
        return subscribers.size();
    }

    /** Marks every registered view as due and schedules one refresh for each that was not due already. */
    @EventListener
    void storeChanged(StoreChangedEvent change) {
        for (Map.Entry<Object, Subscriber> entry : subscribers.entrySet()) {
            Subscriber subscriber = entry.getValue();
            if (subscriber.due().compareAndSet(false, true)) {
                timer.schedule(() -> refresh(entry.getKey(), subscriber), delayMillis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void refresh(Object key, Subscriber subscriber) {
        subscriber.due().set(false);
        if (!subscribers.containsKey(key)) {
            return;
        }
        try {
            subscriber.session().execute(subscriber.refresh());
        } catch (UIDetachedException e) { // a closed UI or session ends the registration
            subscribers.remove(key);
        }
    }
}
