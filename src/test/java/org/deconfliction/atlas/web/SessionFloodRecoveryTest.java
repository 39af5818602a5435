package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atlas as its own process, flooded with anonymous UI sessions (the page, the {@code v-r=init} request and the
 * {@code ui-navigate} message, as a browser opens one) from two addresses past its session caps: the sessions
 * beyond the caps get the short 503 page and one log line each, the API keeps answering region queries within a
 * few times its latency before the flood, during it and right after, and SIGTERM in the middle of a flood ends
 * the process within the graceful shutdown's bound. Bounds are generous for a loaded two-core machine.
 */
class SessionFloodRecoveryTest {

    private static final int MAX_PER_ADDRESS = 3;
    private static final int MAX_TOTAL = 5;
    private static final int FLOOD_THREADS = 8;
    private static final Duration FLOOD_AT_LEAST = Duration.ofSeconds(5);
    private static final Duration FLOOD_AT_MOST = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aFloodPastTheCapsIsRefusedPolitelyTheApiAnswersThroughoutAndSigtermDuringOneEndsTheProcess() throws Exception {
        try (AtlasProcess atlas = AtlasProcess.start(data, 512, "--atlas.sessions.max-per-address=" + MAX_PER_ADDRESS,
                "--atlas.sessions.max-total=" + MAX_TOTAL)) {
            assertThat(atlas.awaitReady(Duration.ofSeconds(90))).as("started: %s", atlas.output()).isTrue();
            ApiProbe probe = new ApiProbe(atlas.base);
            probe.queries(5);
            List<Long> before = probe.queries(10);

            List<Long> during;
            Flood flood = new Flood(atlas.base);
            try {
                during = probe.queriesWhile(() -> flood.refused.get() < 2 * FLOOD_THREADS);
            } finally {
                flood.stop();
            }
            long floodEnded = System.nanoTime();
            List<Long> after = probe.queries(5);
            double afterSeconds = (System.nanoTime() - floodEnded) / 1e9;
            System.out.printf(Locale.ROOT, "region query ms before the flood: p50 %d max %d; during: p50 %d max %d (%d"
                    + " queries); after: p50 %d max %d (5 queries in %.1f s); sessions opened %d, refused %d, other %d%n",
                    p50(before), max(before), p50(during), max(during), during.size(), p50(after), max(after), afterSeconds,
                    flood.opened.get(), flood.refused.get(), flood.failed.get());

            assertThat(flood.refused.get()).as("sessions refused by the caps").isPositive();
            assertThat(flood.opened.get()).as("sessions opened, however many requests arrive together").isBetween(MAX_PER_ADDRESS, MAX_TOTAL);
            assertThat(flood.failed.get()).as("failures other than a 503 page").isZero();
            long normal = Math.max(p50(before), 20);
            assertThat(probe.failures.get()).as("region queries not answered 200").isZero();
            assertThat(p50(during)).as("median region query during the flood, ms").isLessThanOrEqualTo(5 * normal + 250);
            assertThat(max(during)).as("slowest region query during the flood, ms").isLessThan(5000);
            assertThat(p50(after)).as("median region query after the flood, ms").isLessThanOrEqualTo(3 * normal + 150);
            assertThat(afterSeconds).as("five region queries right after the flood, s").isLessThan(5);

            HttpResponse<String> refusal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(atlas.base + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refusal.statusCode()).isEqualTo(503);
            assertThat(refusal.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(refusal.headers().firstValue("Retry-After")).hasValue("300");
            assertThat(refusal.body()).contains("<h1>Too many sessions</h1>").doesNotContain("Exception").doesNotContain("at org.");
            List<String> refusalLines = atlas.output().lines().filter(l -> l.contains("Refused 503")).toList();
            assertThat(refusalLines).isNotEmpty().hasSizeLessThanOrEqualTo(flood.refused.get() + 1)
                    .allSatisfy(l -> assertThat(l).contains("session quota:"));
            assertThat(atlas.output()).doesNotContain("\tat ").doesNotContain("Exception");

            Flood last = new Flood(atlas.base);
            Thread.sleep(1500);
            long term = System.nanoTime();
            atlas.process().destroy();
            boolean exited = atlas.process().waitFor(30, TimeUnit.SECONDS);
            double exitSeconds = (System.nanoTime() - term) / 1e9;
            last.stop();
            System.out.printf(Locale.ROOT, "SIGTERM during a flood: exited %s after %.1f s%n", exited, exitSeconds);
            assertThat(exited).as("exited within 30 s of SIGTERM").isTrue();
            assertThat(atlas.process().exitValue()).as("exit code").isIn(0, 143);
            assertThat(atlas.output()).contains("Commencing graceful shutdown");
        }
    }

    private static long p50(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Long.MAX_VALUE : sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> millis) {
        return millis.stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
    }

    /** Drawn-region queries one after another from one client, their latencies in ms; non-200 answers counted. */
    private static final class ApiProbe {
        private final HttpClient http = HttpClient.newHttpClient();
        private final URI uri;
        final AtomicInteger failures = new AtomicInteger();

        ApiProbe(String base) {
            this.uri = URI.create(base + AtlasLoad.regionQuery());
        }

        long query() throws Exception {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                failures.incrementAndGet();
            }
            return (System.nanoTime() - start) / 1_000_000;
        }

        List<Long> queries(int count) throws Exception {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                millis.add(query());
            }
            return millis;
        }

        /** Queries for at least {@link #FLOOD_AT_LEAST}, then while the condition holds, at most {@link #FLOOD_AT_MOST}. */
        List<Long> queriesWhile(java.util.function.BooleanSupplier condition) throws Exception {
            List<Long> millis = new ArrayList<>();
            long start = System.nanoTime();
            while (System.nanoTime() - start < FLOOD_AT_LEAST.toNanos()
                    || (condition.getAsBoolean() && System.nanoTime() - start < FLOOD_AT_MOST.toNanos())) {
                millis.add(query());
                Thread.sleep(100);
            }
            return millis;
        }
    }

    /** Threads opening UI sessions as fast as they can, from 127.0.0.1 and 127.0.0.2 in turn, until stopped. */
    private static final class Flood {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final List<HttpClient> held = Collections.synchronizedList(new ArrayList<>());

        Flood(String base) throws Exception {
            for (int t = 0; t < FLOOD_THREADS; t++) {
                InetAddress from = InetAddress.getByName(t % 2 == 0 ? "127.0.0.1" : "127.0.0.2");
                threads.add(Thread.ofPlatform().daemon().start(() -> {
                    while (running.get()) {
                        try {
                            AtlasLoad.openSession(base, held, from);
                            opened.incrementAndGet();
                        } catch (IllegalStateException e) {
                            (e.getMessage().equals("page answered 503") ? refused : failed).incrementAndGet();
                        } catch (Exception e) {
                            if (running.get()) {
                                failed.incrementAndGet();
                            }
                        }
                    }
                }));
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }
    }
}
