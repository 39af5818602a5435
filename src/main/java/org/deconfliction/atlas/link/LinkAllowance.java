package org.deconfliction.atlas.link;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many new links one session may still make: the atlas keeps one per UI session and counts only links that
 * were not kept before (asking again for an existing link costs nothing). Safe to use from several threads.
 */
public final class LinkAllowance {

    private final int limit;
    private final AtomicInteger made = new AtomicInteger();

    LinkAllowance(int limit) {
        this.limit = limit;
    }

    /** The number of new links a session may make. */
    public int limit() {
        return limit;
    }

    /** Takes one new link from the allowance; answers false, taking nothing, when it is used up. */
    boolean take() {
        return made.getAndUpdate(n -> n < limit ? n + 1 : n) < limit;
    }

    /** Gives back a link taken for a write that failed. */
    void giveBack() {
        made.updateAndGet(n -> Math.max(0, n - 1));
    }
}
