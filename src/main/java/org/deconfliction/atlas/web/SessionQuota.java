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
            return "The atlas has as many visitors as it can serve well (" + maxTotal + " open sessions).";
        }
        AtomicInteger mine = perAddress.get(address);
        if (mine != null && mine.get() >= maxPerAddress) {
            return "Your address already has " + maxPerAddress + " open sessions, the most one address may have.";
        }
        return null;
    }

    /** Counts a new session for the client address that opened it. */
    void opened(HttpSession session, String address) {
        if (session.getAttribute(ADDRESS) == null) {
            session.setAttribute(ADDRESS, new Owner(address));
            total.incrementAndGet();
            perAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
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
            total.decrementAndGet();
            perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
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
