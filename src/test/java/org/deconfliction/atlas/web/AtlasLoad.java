package org.deconfliction.atlas.web;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load against a running atlas on this machine's loopback interface only, bounded in requests, connections and
 * time. A plain main run as a single source file (BENCHMARKS.md has the commands):
 * <ul>
 * <li>{@code api PORT SECONDS C1,C2,...}: drawn-region queries ({@code GET .../incidents/items?region=...}, a
 * 40-vertex polygon around Deir ez-Zor) from C parallel clients for SECONDS each: requests/s, p50/p95/p99/max;</li>
 * <li>{@code sessions PORT COUNT}: opens COUNT UI sessions the way a browser does (the page, the {@code v-r=init}
 * request, the {@code ui-navigate} message that builds the view), 8 at a time, and holds them;</li>
 * <li>{@code soak PORT MINUTES [PID]}: region queries from 8 clients plus a new UI session every second (from
 * eight loopback addresses in turn), printing throughput and latency each minute and, given the atlas's process
 * id, its used heap after a full GC.</li>
 * </ul>
 */
public final class AtlasLoad {

    private static final int MAX_CLIENTS = 256;
    private static final int MAX_SECONDS = 3600;
    private static final int MAX_SESSIONS = 2000;
    private static final int HOLD_SECONDS = 30;
    private static final Pattern USED_HEAP = Pattern.compile("used (\\d+)K");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private AtlasLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: api PORT SECONDS C1,C2,... | sessions PORT COUNT | soak PORT MINUTES [PID]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        String base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
        switch (args[0]) {
            case "api" -> {
                int seconds = bounded(Integer.parseInt(args[2]), MAX_SECONDS);
                for (String c : args[3].split(",")) {
                    api(base, bounded(Integer.parseInt(c), MAX_CLIENTS), seconds);
                }
            }
            case "sessions" -> sessions(base, bounded(Integer.parseInt(args[2]), MAX_SESSIONS));
            case "soak" -> soak(base, bounded(Integer.parseInt(args[2]), MAX_SECONDS / 60), args.length > 3 ? Long.parseLong(args[3]) : 0);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return work -> {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static int bounded(int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(value + " is not within 1.." + max);
        }
        return value;
    }

    /** A 40-vertex polygon around Deir ez-Zor, radius about 0.3°, slightly irregular like a drawn one. */
    static String regionQuery() {
        StringBuilder wkt = new StringBuilder("POLYGON ((");
        for (int i = 0; i <= 40; i++) {
            double a = 2 * Math.PI * (i % 40) / 40;
            double r = 0.3 * (1 + 0.05 * Math.sin(7 * a));
            wkt.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f %.5f", 40.15 + r * Math.cos(a), 35.33 + r * Math.sin(a)));
        }
        wkt.append("))");
        return "/api/collections/incidents/items?limit=1000&region=" + URLEncoder.encode(wkt.toString(), StandardCharsets.UTF_8);
    }

    private static void api(String base, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4, daemon())).build();
        URI uri = URI.create(base + regionQuery());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
        }
        report("api region queries, " + clients + " clients, " + seconds + " s", latencies, failures.get(), seconds);
    }

    private static void report(String what, List<Long> latencies, int failures, double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no requests");
            return;
        }
        System.out.printf(Locale.ROOT, "%-46s %7d req %8.1f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f  max %7.1f ms  non-200 %d%n",
                what, sorted.size(), sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.getLast() / 1e6, failures);
    }

    /** The machine's load average over 1, 5 and 15 minutes, from /proc/loadavg; "?" where it cannot be read. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (quantile * sorted.size()))) / 1e6;
    }

    /** Opens one UI session as a browser would; answers the time the three requests took, in nanoseconds. */
    static long openSession(String base, List<HttpClient> keep) throws Exception {
        return openSession(base, keep, InetAddress.getLoopbackAddress());
    }

    /** {@link #openSession(String, List)} from the given local (loopback) address, standing for one visitor. */
    static long openSession(String base, List<HttpClient> keep, InetAddress from) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).localAddress(from).build();
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("page answered " + page.statusCode());
        }
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query=")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher key = KEY.matcher(init.body());
        if (!key.find()) {
            throw new IllegalStateException("init answered " + init.statusCode() + " without a security key");
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("atlas-map")) {
            throw new IllegalStateException("navigation answered " + view.statusCode());
        }
        keep.add(http);
        return System.nanoTime() - start;
    }

    private static void sessions(String base, int count) throws Exception {
        List<HttpClient> keep = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                pool.submit(() -> {
                    try {
                        latencies.add(openSession(base, keep));
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("UI sessions opened (page + init + navigate)", latencies, refused.get(), seconds);
        System.out.println("sessions held: " + keep.size() + "; holding them for " + HOLD_SECONDS + " s");
        Thread.sleep(HOLD_SECONDS * 1000L);
    }

    /**
     * The used heap of the atlas process after a full GC, in KB, read with the JDK's jcmd ({@code GC.run}, then
     * {@code GC.heap_info}); -1 when jcmd answers nothing readable.
     */
    static long usedHeapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(pid), "GC.run").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        Process info = new ProcessBuilder(jcmd, Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        Matcher used = USED_HEAP.matcher(text);
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    /** One of eight loopback addresses (127.0.0.2 to .9), standing for eight visitors, so no one address's cap is met. */
    private static InetAddress visitor(int n) throws java.net.UnknownHostException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + Math.floorMod(n, 8))});
    }

    private static void soak(String base, int minutes, long pid) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4, daemon())).build();
        URI uri = URI.create(base + regionQuery());
        List<HttpClient> sessions = Collections.synchronizedList(new ArrayList<>());
        for (int minute = 1; minute <= minutes; minute++) {
            long end = System.nanoTime() + 60_000_000_000L;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < 8; c++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            try {
                                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                                    failures.incrementAndGet();
                                }
                            } catch (Exception e) {
                                failures.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - start);
                        }
                        return null;
                    });
                }
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            openSession(base, sessions, visitor(opened.getAndIncrement()));
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        sessions.clear();
                        Thread.sleep(1000);
                    }
                    return null;
                });
            }
            report("soak minute " + minute, latencies, failures.get(), 60);
            if (pid > 0) {
                System.out.printf(Locale.ROOT, "soak minute %d: sessions opened so far %d, used heap after GC %,d KB, load average %s%n",
                        minute, opened.get(), usedHeapAfterGc(pid), loadAverage());
            }
        }
    }
}
