package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SessionQuotaTest {

    private final SessionQuota quota = new SessionQuota(2, 3);

    private MockHttpSession open(String address) {
        MockHttpSession session = new MockHttpSession();
        quota.opened(session, address);
        return session;
    }

    @Test
    void refusesBeyondTheCapPerAddressAndInAllAndFreesThePlaceWhenASessionEnds() {
        MockHttpSession first = open("192.0.2.1");
        open("192.0.2.1");
        assertThat(quota.refusal("192.0.2.1")).contains("already has 2 open sessions");
        assertThat(quota.refusal("192.0.2.9")).isNull();
        open("192.0.2.9");
        assertThat(quota.refusal("192.0.2.50")).contains("as many visitors as it can serve well (3 open sessions)");

        quota.sessionDestroyed(new HttpSessionEvent(first));

        assertThat(quota.total()).isEqualTo(2);
        assertThat(quota.of("192.0.2.1")).isEqualTo(1);
        assertThat(quota.refusal("192.0.2.1")).isNull();
    }

    @Test
    void aSessionIsCountedForItsAddressOnce() {
        MockHttpSession session = open("192.0.2.1");
        quota.opened(session, "192.0.2.1");
        assertThat(quota.of("192.0.2.1")).isEqualTo(1);
    }

    /** Answers the addresses whose reservation took a place, of {@code requests} made together from the given addresses. */
    private static List<String> reserveTogether(SessionQuota quota, int requests, int addresses) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<String> taken = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String address = "192.0.2." + (i % addresses);
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                if (quota.reserve(address) == null) {
                    taken.add(address);
                }
            }));
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return taken;
    }

    @Test
    void requestsArrivingTogetherTakeNoMorePlacesThanTheCapInAll() throws Exception {
        SessionQuota roomy = new SessionQuota(1000, 20);
        List<String> taken = reserveTogether(roomy, 64, 4);
        assertThat(taken).hasSize(20);
        assertThat(roomy.total()).isEqualTo(20);
        assertThat(roomy.reserve("192.0.2.200")).contains("20 open sessions");

        taken.forEach(address -> roomy.settle(null, address));
        assertThat(roomy.total()).isZero();
        assertThat(roomy.of("192.0.2.0")).isZero();
    }

    @Test
    void requestsArrivingTogetherFromOneAddressTakeNoMoreThanItsCap() throws Exception {
        SessionQuota perAddress = new SessionQuota(5, 1000);
        assertThat(reserveTogether(perAddress, 64, 1)).hasSize(5);
        assertThat(perAddress.of("192.0.2.0")).isEqualTo(5);
        assertThat(perAddress.total()).isEqualTo(5);
    }

    @Test
    void aReservedPlaceIsKeptByTheNewSessionAndFreedWhenItEnds() {
        MockHttpSession session = new MockHttpSession();
        assertThat(quota.reserve("192.0.2.1")).isNull();
        quota.settle(session, "192.0.2.1");
        assertThat(quota.of("192.0.2.1")).isEqualTo(1);

        assertThat(quota.reserve("192.0.2.1")).isNull();
        quota.settle(session, "192.0.2.1");
        assertThat(quota.of("192.0.2.1")).as("a session already counted gives the second place back").isEqualTo(1);

        quota.sessionDestroyed(new HttpSessionEvent(session));
        assertThat(quota.total()).isZero();
    }
}
