package org.deconfliction.atlas.web;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The log of refused requests: one line each, never a stack trace, and at most {@value #LINES_PER_WINDOW} lines
 * every {@value #WINDOW_SECONDS} seconds; beyond that refusals are only counted, and the count is logged in one
 * line when the next window opens. So a flood of malformed requests cannot flood the log.
 */
@Component
public class RefusalLog {

    static final int LINES_PER_WINDOW = 20;
    static final int WINDOW_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicLong inWindow = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();

    /** Logs (or counts) a refusal: the status, method, path, and what was wrong. */
    public void refused(int status, String method, String path, String detail) {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start > WINDOW_SECONDS * 1_000_000_000L && windowStart.compareAndSet(start, now)) {
            inWindow.set(0);
            long dropped = suppressed.getAndSet(0);
            if (dropped > 0) {
                LOG.warn("{} more requests were refused in the last {} s without a line each", dropped, WINDOW_SECONDS);
            }
        }
        if (inWindow.incrementAndGet() <= LINES_PER_WINDOW) {
            LOG.info("Refused {} {} {}: {}", status, clean(method, 10), clean(path, 200), clean(detail, 300));
        } else {
            suppressed.incrementAndGet();
        }
    }

    /** How many refusals were counted without a line since the last summary, for tests. */
    long suppressed() {
        return suppressed.get();
    }

    private static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
