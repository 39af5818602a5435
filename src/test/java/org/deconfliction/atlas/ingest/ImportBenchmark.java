package org.deconfliction.atlas.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.store.PostgisCluster;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated ACLED file of N rows (default 100,000) through the HTTP API into a fresh embedded store (or,
 * with {@code postgis}, a fresh database of the test suite's throwaway PostgreSQL cluster; with {@code preview}, only
 * the dry run; with {@code noundo}, no undo at the end; with {@code second}, a second file of as many other rows
 * into the same running application, the import's code then warm, before the undo of the first; the files and the
 * store in a temporary folder deleted at the end, also after a failure) and
 * prints the throughput (rows per second, upload and commit included), the process's CPU time during the commit
 * (rows per CPU second, less dependent on a shared machine's load) and the peak used heap (sampled every 20 ms)
 * above the heap the started application used before. A plain {@code main}, not part of the test suite. The rows are
 * spread over eastern Syria (Deir ez-Zor, al-Hasakah, the al-Tanf area), 2015–2021, with the event types, actors and
 * text lengths of an ACLED export, a tenth with Arabic place names.
 *
 * <pre>{@code
 * ./mvnw -B -q test-compile
 * ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt) \
 *     org.deconfliction.atlas.ingest.ImportBenchmark [rows]
 * }</pre>
 */
public final class ImportBenchmark {

    private static final String[][] TYPES = {{"Battles", "Armed clash"}, {"Explosions/Remote violence", "Air/drone strike"},
            {"Explosions/Remote violence", "Shelling/artillery/missile attack"}, {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
            {"Strategic developments", "Headquarters or base established"}, {"Violence against civilians", "Attack"}};
    private static final String[][] PLACES = {{"Deir ez-Zor", "35.336", "40.141"}, {"Khasham", "35.2547", "40.3547"},
            {"al-Omar", "35.0906", "40.3867"}, {"Qamishli", "37.05", "41.22"}, {"al-Tanf", "33.5", "38.65"},
            {"دير الزور", "35.33", "40.14"}};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", "")) : 100_000;
        try (BenchmarkFolder folder = BenchmarkFolder.temporary("atlas-import-benchmark-")) {
            run(folder, rows, List.of(args));
        }
    }

    /** Writes the files into {@code folder}, starts the application on a store there, imports and undoes. */
    private static void run(BenchmarkFolder folder, int rows, List<String> args) throws Exception {
        boolean postgis = args.contains("postgis");
        boolean previewOnly = args.contains("preview");
        boolean undo = !args.contains("noundo");
        boolean second = args.contains("second");
        Path file = folder.resolve("acled-" + rows + ".csv");
        write(file, rows, new Random(42), 100_000);
        System.out.printf(Locale.ROOT, "%,d rows, %,d MB, %s store%n", rows, Files.size(file) >> 20, postgis ? "PostGIS" : "embedded");
        List<String> settings = new ArrayList<>(List.of("--server.port=0",
                "--atlas.data.folder=" + folder.resolve("store"), "--atlas.stories.folder=" + folder.resolve("stories"),
                "--atlas.admin.password=benchmark-admin", "--logging.level.root=WARN"));
        if (postgis) {
            settings.addAll(List.of("--atlas.store=postgis", "--spring.datasource.url=" + PostgisCluster.shared().newDatabase(),
                    "--spring.datasource.username=" + PostgisCluster.SUPERUSER));
        }
        try (ConfigurableApplicationContext atlas = new SpringApplicationBuilder(Application.class)
                .run(settings.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) atlas).getWebServer().getPort();
            System.gc();
            long before = ProcessUse.used();
            ProcessUse peak = ProcessUse.start();
            long previewStarted = System.nanoTime();
            HttpResponse<String> preview = upload(port, file, true);
            System.out.printf(Locale.ROOT, "preview (dryRun, HTTP %d): %.1f s = %,.0f rows/s; peak heap %,d MB (+%,d MB)%n",
                    preview.statusCode(), (System.nanoTime() - previewStarted) / 1e9,
                    rows / ((System.nanoTime() - previewStarted) / 1e9), peak.peak() >> 20, (peak.peak() - before) >> 20);
            if (previewOnly) {
                return;
            }
            HttpResponse<String> answer = commit(port, file, rows, before, peak, "");
            if (second) {
                Path next = folder.resolve("acled-" + rows + "-second.csv");
                write(next, rows, new Random(43), 100_000 + rows);
                commit(port, next, rows, before, peak, "second file, into the store holding the first: ");
            }
            peak.close();
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(answer.body());
            if (undo && id.find()) {
                long undoStarted = System.nanoTime();
                String token = Base64.getEncoder().encodeToString("admin:benchmark-admin".getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> undone = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/imports/" + id.group(1))).header("Authorization", "Basic " + token)
                        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
                double undoSeconds = (System.nanoTime() - undoStarted) / 1e9;
                System.out.printf(Locale.ROOT, "undo (DELETE /api/imports/%s, HTTP %d): %,d rows in %.1f s: %,.0f rows/s; "
                                + "load average %.1f%n", id.group(1), undone.statusCode(), rows, undoSeconds, rows / undoSeconds,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    /** Imports the file (all or nothing) and prints its wall clock, CPU time and peak heap; the server's answer. */
    private static HttpResponse<String> commit(int port, Path file, int rows, long before, ProcessUse peak, String label)
            throws IOException, InterruptedException {
        System.gc();
        peak.reset();
        long started = System.nanoTime();
        long cpuStarted = ProcessUse.cpu();
        HttpResponse<String> answer = upload(port, file, false);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (ProcessUse.cpu() - cpuStarted) / 1e9;
        System.out.println(label + "HTTP " + answer.statusCode() + ": " + answer.body().substring(0, Math.min(300, answer.body().length())));
        System.out.printf(Locale.ROOT, "%s%,d rows in %.1f s: %,.0f rows/s; heap before %,d MB, peak %,d MB (+%,d MB), max %,d MB%n",
                label, rows, seconds, rows / seconds, before >> 20, peak.peak() >> 20, (peak.peak() - before) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%sCPU time of the process during the commit: %.1f s (%,.0f rows per CPU second); "
                + "load average %.1f%n", label, cpuSeconds, rows / cpuSeconds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.gc();
        System.out.printf(Locale.ROOT, "%sheap after GC once committed: %,d MB (+%,d MB: the store's incidents held in memory)%n",
                label, ProcessUse.used() >> 20, (ProcessUse.used() - before) >> 20);
        return answer;
    }

    private static HttpResponse<String> upload(int port, Path file, boolean dryRun) throws IOException, InterruptedException {
        String boundary = "atlas-benchmark";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nacled\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        String token = Base64.getEncoder().encodeToString("admin:benchmark-admin".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", "Basic " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void write(Path file, int rows, Random random, int firstId) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                    + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                    + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                    + "tags,timestamp\n");
            LocalDate first = LocalDate.of(2015, 1, 1);
            for (int i = 0; i < rows; i++) {
                String[] type = TYPES[random.nextInt(TYPES.length)];
                String[] place = PLACES[random.nextInt(10) == 0 ? 5 : random.nextInt(5)];
                LocalDate day = first.plusDays(random.nextInt(2500));
                double lat = Double.parseDouble(place[1]) + random.nextGaussian() * 0.05;
                double lon = Double.parseDouble(place[2]) + random.nextGaussian() * 0.05;
                out.write(String.format(Locale.ROOT, "SYR%d,%s,%d,%d,Political violence,%s,%s,Military Forces of the United "
                                + "States (2017-2021),QSD: Syrian Democratic Forces,8,Military Forces of Syria (2000-),"
                                + "Iran-backed militias,1,18,,760,Middle East,Syria,Deir ez-Zor,Deir ez-Zor,,%s,%.4f,%.4f,%d,"
                                + "SOHR; Reuters,National-International,\"%s\",%d,,1618000000%n",
                        firstId + i, day, day.getYear(), 1 + random.nextInt(3), type[0], type[1], place[0], lat, lon,
                        1 + random.nextInt(3), "On " + day + " forces clashed near " + place[0]
                                + "; sources give differing accounts of the losses and of who fired first.",
                        random.nextInt(6)));
            }
        }
    }
}
