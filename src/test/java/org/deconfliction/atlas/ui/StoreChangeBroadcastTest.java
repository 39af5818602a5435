package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vaadin.flow.shared.Registration;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.ChangedItem;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broadcast of store changes to open views: a burst costs each view one refresh, a change after it another,
 * the thread that committed never waits for a busy session, and a removed view is neither refreshed nor kept.
 */
class StoreChangeBroadcastTest {

    private static final Duration DELAY = Duration.ofMillis(500);
    private final StoreChangeBroadcast broadcast = new StoreChangeBroadcast(DELAY);
    /** A session of its own: one thread, as a Vaadin session runs one command at a time. */
    private final ExecutorService session = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        broadcast.close();
        session.shutdownNow();
    }

    private static StoreChangedEvent edited(String id, long version) {
        return new StoreChangedEvent(StoredLayer.INCIDENTS, List.of(new ChangedItem(id, version, ChangeKind.UPDATED)));
    }

    @Test
    void aBurstOfTenThousandChangesRefreshesEachViewOnceAndALaterChangeAgain() throws Exception {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        broadcast.register(session, first::incrementAndGet);
        broadcast.register(session, second::incrementAndGet);

        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            broadcast.storeChanged(edited("imported-" + i, 1));
        }
        long burstMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        await().atMost(Duration.ofSeconds(5)).until(() -> first.get() >= 1 && second.get() >= 1);
        Thread.sleep(2 * DELAY.toMillis()); // well past the delay: no further refresh comes of the burst
        long most = 1 + burstMillis / DELAY.toMillis(); // one per delay the burst lasted, on a slow machine
        assertThat(first.get()).as("refreshes of a %d ms burst", burstMillis).isBetween(1, (int) most);
        assertThat(second.get()).isBetween(1, (int) most);

        int before = first.get();
        broadcast.storeChanged(edited("imported-1", 2));
        await().atMost(Duration.ofSeconds(5)).until(() -> first.get() == before + 1);
    }

    @Test
    void theCommittingThreadNeverWaitsForABusySession() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        session.execute(() -> {
            try {
                busy.await(); // a session held by a long request
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicInteger refreshed = new AtomicInteger();
        broadcast.register(session, refreshed::incrementAndGet);

        // Were a change to wait for the session, this would not end until the session is free: it must end first.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 1_000; i++) {
                broadcast.storeChanged(edited("busy-" + i, 1));
            }
        });
        Thread.sleep(2 * DELAY.toMillis());
        assertThat(refreshed).as("queued behind the busy session").hasValue(0);
        busy.countDown();
        await().atMost(Duration.ofSeconds(2)).until(() -> refreshed.get() == 1);
    }

    @Test
    void aRemovedViewIsNeitherRefreshedNorKept() throws Exception {
        AtomicInteger refreshed = new AtomicInteger();
        Runnable view = refreshed::incrementAndGet;
        WeakReference<Runnable> kept = new WeakReference<>(view);
        Registration registration = broadcast.register((Executor) session, view);
        assertThat(broadcast.registered()).isEqualTo(1);

        registration.remove();
        view = null;
        broadcast.storeChanged(edited("after-detach", 1));
        Thread.sleep(2 * DELAY.toMillis());

        assertThat(broadcast.registered()).isZero();
        assertThat(refreshed).hasValue(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            System.gc();
            return kept.get() == null;
        });
    }
}
