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
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
 * <li>{@code sessions PORT COUNT [HOLD_SECONDS]}: opens COUNT UI sessions the way a browser does (the page, the
 * {@code v-r=init} request, the {@code ui-navigate} message that builds the view), 8 at a time from eight loopback
 * addresses, and holds them (30 s by default), each moving the map every 5 s (a UIDL round trip). With
 * {@code -Dload.admin=USER:PASSWORD} it prints the server-side round-trip percentiles of the hold (from
 * {@code /api/admin/ui-round-trips}); with {@code -Dload.pid=PID} the atlas's heap per session after a full GC;</li>
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
            System.err.println("usage: api PORT SECONDS C1,C2,... | sessions PORT COUNT [HOLD_SECONDS] | soak PORT MINUTES [PID]");
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
            case "sessions" -> sessions(base, bounded(Integer.parseInt(args[2]), MAX_SESSIONS),
                    args.length > 3 ? bounded(Integer.parseInt(args[3]), MAX_SECONDS) : HOLD_SECONDS);
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
        UiSession session = UiSession.open(base, from);
        keep.add(session.http);
        return session.openNanos;
    }

    /**
     * One UI session driven as a browser drives it: opened with the page, the {@code v-r=init} request and the
     * {@code ui-navigate} message, then sending UIDL messages with the session's CSRF token and the sync and
     * client ids the server last answered.
     */
    static final class UiSession {
        private static final Pattern MAP_NODE = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"atlas-map\"\\}");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)\\}\\s*$");
        private static final Pattern CLIENT_ID = Pattern.compile("^\\{\"clientId\":(\\d+)");

        final HttpClient http;
        final long openNanos;
        private final String base;
        private final String key;
        private final int mapNode;
        private int syncId;
        private int clientId;

        private UiSession(HttpClient http, String base, String key, String view, long openNanos) {
            this.http = http;
            this.base = base;
            this.key = key;
            this.openNanos = openNanos;
            Matcher node = MAP_NODE.matcher(view);
            if (!node.find()) {
                throw new IllegalStateException("the view has no atlas-map element");
            }
            this.mapNode = Integer.parseInt(node.group(1));
            follow(view);
        }

        static UiSession open(String base, InetAddress from) throws Exception {
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
            String view = uidl(http, base, "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                    + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}");
            return new UiSession(http, base, key.group(1), view, System.nanoTime() - start);
        }

        private static String uidl(HttpClient http, String base, String message) throws Exception {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("UIDL answered " + answer.statusCode());
            }
            return answer.body();
        }

        private void follow(String answer) {
            Matcher sync = SYNC_ID.matcher(answer);
            Matcher client = CLIENT_ID.matcher(answer);
            if (!sync.find() || !client.find()) {
                throw new IllegalStateException("a UIDL answer without sync and client ids: "
                        + answer.substring(0, Math.min(200, answer.length())));
            }
            syncId = Integer.parseInt(sync.group(1));
            clientId = Integer.parseInt(client.group(1));
        }

        /** Moves the map as a pan or zoom in the browser does (the map element's view event); answers the nanoseconds. */
        synchronized long moveMap(double lat, double lng, int zoom) throws Exception {
            long start = System.nanoTime();
            String answer = uidl(http, base, String.format(Locale.ROOT, "{\"csrfToken\":\"%s\",\"rpc\":[{\"type\":\"event\","
                    + "\"node\":%d,\"event\":\"atlas-view-change\",\"data\":{\"event.detail.lat\":%.5f,"
                    + "\"event.detail.lng\":%.5f,\"event.detail.zoom\":%d}}],\"syncId\":%d,\"clientId\":%d}",
                    key, mapNode, lat, lng, zoom, syncId, clientId));
            if (!answer.contains("history.replaceState")) {
                throw new IllegalStateException("the map move was not taken: " + answer.substring(0, Math.min(200, answer.length())));
            }
            follow(answer);
            return System.nanoTime() - start;
        }
    }

    /** The server's UI round-trip buckets from {@code /api/admin/ui-round-trips}, read as an admin; null without credentials. */
    private static long[] serverRoundTrips(String base, String credentials) throws Exception {
        if (credentials == null) {
            return null;
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/admin/ui-round-trips"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/api/admin/ui-round-trips answered " + answer.statusCode());
        }
        Matcher counts = Pattern.compile("\"bucketCounts\":\\[([0-9,]*)\\]").matcher(answer.body());
        if (!counts.find()) {
            throw new IllegalStateException("no bucketCounts in " + answer.body());
        }
        return Arrays.stream(counts.group(1).split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** Percentile q of the round trips between two readings of the server's buckets: the bucket's upper bound, ms. */
    private static double serverQuantile(long[] before, long[] after, double q) {
        long total = 0;
        for (int i = 0; i < after.length; i++) {
            total += after[i] - before[i];
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < after.length; i++) {
            seen += after[i] - before[i];
            if (seen >= rank) {
                return i == after.length - 1 ? Double.POSITIVE_INFINITY : 0.1 * Math.pow(2, i / 4.0);
            }
        }
        return Double.NaN;
    }

    private static void sessions(String base, int count, int holdSeconds) throws Exception {
        String credentials = System.getProperty("load.admin");
        long pid = Long.getLong("load.pid", 0L);
        List<UiSession> keep = Collections.synchronizedList(new ArrayList<>());
        long heapBefore = 0;
        if (pid > 0) {
            UiSession.open(base, visitor(0));
            UiSession.open(base, visitor(1));
            heapBefore = usedHeapAfterGc(pid);
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < count; i++) {
                InetAddress from = visitor(i);
                pool.submit(() -> {
                    try {
                        UiSession session = UiSession.open(base, from);
                        keep.add(session);
                        latencies.add(session.openNanos);
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report("UI sessions opened (page + init + navigate)", latencies, refused.get(), seconds);
        if (pid > 0) {
            long heapHeld = usedHeapAfterGc(pid);
            System.out.printf(Locale.ROOT, "heap after GC: %,d KB before, %,d KB holding %d sessions: %,d KB per session; load average %s%n",
                    heapBefore, heapHeld, keep.size(), (heapHeld - heapBefore) / Math.max(1, keep.size()), loadAverage());
        }
        System.out.println("sessions held: " + keep.size() + "; holding them for " + holdSeconds + " s, each moving the map every 5 s");
        long[] serverBefore = serverRoundTrips(base, credentials);
        List<Long> moves = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failedMoves = new AtomicInteger();
        long end = System.nanoTime() + holdSeconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<UiSession> held = List.copyOf(keep);
            for (int i = 0; i < held.size(); i++) {
                UiSession session = held.get(i);
                long offset = 5000L * i / held.size();
                pool.submit(() -> {
                    Thread.sleep(offset);
                    Random random = new Random(offset);
                    while (System.nanoTime() < end) {
                        try {
                            moves.add(session.moveMap(35 + random.nextDouble(), 39.5 + random.nextDouble() * 1.5, 7 + random.nextInt(5)));
                        } catch (Exception e) {
                            failedMoves.incrementAndGet();
                        }
                        Thread.sleep(5000);
                    }
                    return null;
                });
            }
        }
        report("map moves (UIDL round trip, at the client)", moves, failedMoves.get(), holdSeconds);
        long[] serverAfter = serverRoundTrips(base, credentials);
        if (serverAfter != null) {
            long total = 0;
            for (int i = 0; i < serverAfter.length; i++) {
                total += serverAfter[i] - serverBefore[i];
            }
            System.out.printf(Locale.ROOT, "UI round trips at the server while held: %d, p50 %.1f  p95 %.1f  p99 %.1f ms (bucket upper"
                    + " bounds); load average %s%n", total, serverQuantile(serverBefore, serverAfter, 0.50),
                    serverQuantile(serverBefore, serverAfter, 0.95), serverQuantile(serverBefore, serverAfter, 0.99), loadAverage());
        }
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
