package org.deconfliction.atlas.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts the open HTTP sessions in all and per client address, so that {@link SessionQuotaFilter} can turn away a
 * visitor who would open one more than {@code atlas.sessions.max-per-address} (default 50) from one address or
 * {@code atlas.sessions.max-total} (default 300) in all. Each UI session costs server memory (BENCHMARKS.md), so
 * the caps bound what a flood of anonymous visitors can take; sessions that expire or are invalidated free their
 * place at once.
 */
@Component
public class SessionQuota implements HttpSessionListener {

    static final String ADDRESS = SessionQuota.class.getName() + ".address";

    private final int maxPerAddress;
    private final int maxTotal;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

    SessionQuota(@Value("${atlas.sessions.max-per-address:50}") int maxPerAddress,
            @Value("${atlas.sessions.max-total:300}") int maxTotal) {
        this.maxPerAddress = maxPerAddress;
        this.maxTotal = maxTotal;
    }

    /** Why a new session from this address would be refused now; null when it may open. */
    String refusal(String address) {
        if (total.get() >= maxTotal) {
            return totalRefusal();
        }
        AtomicInteger mine = perAddress.get(address);
        if (mine != null && mine.get() >= maxPerAddress) {
            return addressRefusal();
        }
        return null;
    }

    private String totalRefusal() {
        return "The atlas has as many visitors as it can serve well (" + maxTotal + " open sessions).";
    }

    private String addressRefusal() {
        return "Your address already has " + maxPerAddress + " open sessions, the most one address may have.";
    }

    /**
     * Takes a place for a session that a request from this address may open, atomically, so that requests arriving
     * together cannot pass the caps together; answers why not (and takes nothing), or null when the place is taken.
     * A taken place is given to the request's session by {@link #settle} or given back when it opened none.
     */
    String reserve(String address) {
        int now;
        do {
            now = total.get();
            if (now >= maxTotal) {
                return totalRefusal();
            }
        } while (!total.compareAndSet(now, now + 1));
        boolean[] taken = {false};
        perAddress.compute(address, (a, count) -> {
            AtomicInteger mine = count == null ? new AtomicInteger() : count;
            if (mine.get() < maxPerAddress) {
                mine.incrementAndGet();
                taken[0] = true;
            }
            return mine.get() == 0 ? null : mine;
        });
        if (!taken[0]) {
            total.decrementAndGet();
            return addressRefusal();
        }
        return null;
    }

    /**
     * After a request that {@link #reserve reserved} a place: a new session keeps it, counted for the address; no
     * session, or one already counted, gives it back.
     */
    void settle(HttpSession session, String address) {
        if (session != null && session.getAttribute(ADDRESS) == null) {
            session.setAttribute(ADDRESS, new Owner(address));
        } else {
            release(address);
        }
    }

    private void release(String address) {
        total.decrementAndGet();
        perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** Counts a new session for the client address that opened it, beyond the caps if need be (once per session). */
    void opened(HttpSession session, String address) {
        if (session.getAttribute(ADDRESS) == null) {
            session.setAttribute(ADDRESS, new Owner(address));
            total.incrementAndGet();
            perAddress.compute(address, (a, count) -> {
                AtomicInteger mine = count == null ? new AtomicInteger() : count;
                mine.incrementAndGet();
                return mine;
            });
        }
    }

    /** Frees the place of a session that ended; a session counted for no address (never opened here) frees none. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object owner;
        try {
            owner = event.getSession().getAttribute(ADDRESS);
            event.getSession().removeAttribute(ADDRESS);
        } catch (IllegalStateException invalidated) {
            owner = null;
        }
        if (owner instanceof Owner(String address)) {
            release(address);
        }
    }

    /** The open sessions in all. */
    public int total() {
        return total.get();
    }

    /** The open sessions of one client address. */
    int of(String address) {
        AtomicInteger count = perAddress.get(address);
        return count == null ? 0 : count.get();
    }

    /** The client address a session was opened from, kept in the session. */
    record Owner(String address) implements Serializable {
    }
}
