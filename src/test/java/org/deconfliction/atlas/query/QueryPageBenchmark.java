package org.deconfliction.atlas.query;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the API's items request costs at 1,000, 100,000 and 1,000,000 incidents (a plain {@code main}, not a test;
 * see BENCHMARKS.md): count and first page (10 features, encoded as GeoJSON) of {@link IncidentQueryService#page}
 * for 200-vertex drawn polygons (parsed per request, as the API does), for "east of the Euphrates" and for a date
 * window without a spatial condition; the query service's index build and the heap the incidents and index take.
 * The incidents are {@link SyntheticIncidents} (seed 42) held in a list; the analysis (river, zones, sites) comes
 * from the application context over the shipped geodata. With {@code -Datlas.benchmark.pages-only=true} it stops
 * after the API's pages; with {@code -Datlas.benchmark.panel-only=true} it measures the question panel alone.
 */
public final class QueryPageBenchmark {

    private static final int QUERIES = 200;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private QueryPageBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int[] sizes = args.length == 0 ? new int[] {1_000, 100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(a -> Integer.parseInt(a.replace("_", ""))).toArray();
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "query-page-");
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder.path(), "--spring.main.banner-mode=off", "--vaadin.productionMode=true")) {
            SpatialAnalysis analysis = app.getBean(SpatialAnalysis.class);
            SiteRepository sites = app.getBean(SiteRepository.class);
            List<Incident> patterns = app.getBean(IncidentRepository.class).findAll();
            for (int size : sizes) {
                measure(size, new SyntheticIncidents(sites.findAll(), patterns, 42), analysis);
            }
        }
    }

    private static void measure(int size, SyntheticIncidents synthetic, SpatialAnalysis analysis) {
        long heapBefore = usedHeap();
        IncidentRepository incidents = new ListedIncidents(synthetic.stream(size).toList());
        long heapIncidents = usedHeap();
        Random random = new Random(size);
        List<String> stars = java.util.stream.IntStream.range(0, QUERIES + 20)
                .mapToObj(q -> StarPolygon.wkt(random, 200, 0.70 + random.nextDouble() * 0.15, 0.03)).toList();
        if (Boolean.getBoolean("atlas.benchmark.panel-only")) {
            panelOnly(size, incidents, analysis, stars);
            return;
        }
        long start = System.nanoTime();
        IncidentQueryService queries = new IncidentQueryService(incidents, analysis, AnalysisBudget.of(Duration.ofMinutes(10), 1));
        double buildMs = ms(System.nanoTime() - start);
        long heapIndex = usedHeap();
        print(size, "incidents in the list: heap", "%,d bytes/incident", (heapIncidents - heapBefore) / size);
        print(size, "query service (index build)", "%.0f ms, index heap %,d bytes/incident", buildMs, (heapIndex - heapIncidents) / size);

        latency(size, "200-vertex polygon: count + first page", queries, stars.stream()
                .map(wkt -> (Supplier<SpatialCondition>) () -> new SpatialCondition.InRegion(DrawnRegion.polygon(wkt))).toList());
        latency(size, "east of the Euphrates: count + first page", queries, java.util.Collections.nCopies(12,
                (Supplier<SpatialCondition>) () -> new SpatialCondition.OnBank(BankSide.EAST)));
        latency(size, "2018 only, no condition: count + first page", queries, java.util.Collections.nCopies(40, () -> null),
                IncidentFilter.all().withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
        if (Boolean.getBoolean("atlas.benchmark.pages-only")) {
            return;
        }
        queries = null;
        IncidentQueryService kept = new IncidentQueryService(incidents, analysis, AnalysisBudget.of(Duration.ofMinutes(10), 1),
                new AttributeKeeping(new KeptAttributes(incidents, analysis)));
        panel(size, incidents, kept, stars.subList(0, 60));
    }

    /** Only the question panel's figures (system property {@code atlas.benchmark.panel-only}), for profiling it. */
    private static void panelOnly(int size, IncidentRepository incidents, SpatialAnalysis analysis, List<String> stars) {
        long start = System.nanoTime();
        IncidentQueryService kept = new IncidentQueryService(incidents, analysis, AnalysisBudget.of(Duration.ofMinutes(10), 1),
                new AttributeKeeping(new KeptAttributes(incidents, analysis)));
        print(size, "query service with kept attributes", "%.0f ms", ms(System.nanoTime() - start));
        panel(size, incidents, kept, stars.subList(0, 60));
    }

    /**
     * The question panel's work on the server for a region question, as the main view does it: the whole answer
     * with every answer's attributes ({@link IncidentQueryService#run}), its counts by certainty, bank and category,
     * and the grid's first 50 rows sorted by date. The attributes are given as the store keeps them (read at start-up),
     * so none is derived while measuring; the browser's part is not measured here. After each question, timed apart
     * (wall clock and the thread's CPU time, in turns first), the map's clusters of its answers with every other
     * incident dimmed: from the lists of incidents, and from the answer's keys as the main view arranges them.
     */
    private static void panel(int size, IncidentRepository incidents, IncidentQueryService queries, List<String> stars) {
        for (int round = 0; round < 2; round++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            QueryResult all = queries.run(IncidentQuery.all());
            int counted = panelCounts(all);
            int rows = queries.sorted(IncidentQuery.all(), AnswerOrder.DATE, false).page(0, 50).size();
            print(size, round == 0 ? "no question: the panel's answer, first after start" : "no question: the panel's answer, again",
                    "%.0f ms, CPU %.0f ms; %,d answers, %,d counts and rows shown", ms(System.nanoTime() - start),
                    ms(processCpuNanos() - cpuStart), all.total(), counted + rows);
        }
        int warmUp = 10;
        double[] times = new double[stars.size() - warmUp];
        long matched = 0;
        long shown = 0;
        double[] cpu = new double[times.length];
        double[] map = new double[times.length];
        double[] mapCpu = new double[times.length];
        double[] keyed = new double[times.length];
        double[] keyedCpu = new double[times.length];
        for (int q = 0; q < stars.size(); q++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            IncidentQuery query = IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(DrawnRegion.polygon(stars.get(q))));
            QueryResult result = queries.run(query);
            int counted = panelCounts(result);
            int rows = queries.sorted(query, AnswerOrder.DATE, false).page(0, 50).size();
            long nanos = System.nanoTime() - start;
            long cpuNanos = processCpuNanos() - cpuStart;
            // the two ways of arranging the map, in turns first
            double[] lists = new double[2];
            double[] keys = new double[2];
            for (int turn = 0; turn < 2; turn++) {
                boolean fromKeys = (q + turn) % 2 == 0;
                long threadCpu = THREADS.getCurrentThreadCpuTime();
                long mapStart = System.nanoTime();
                AnswerClusters arranged = fromKeys ? AnswerClusters.of(result, IncidentFilter.all(), incidents)
                        : new AnswerClusters(incidents.findAll(), result.incidents());
                double[] into = fromKeys ? keys : lists;
                into[0] = ms(System.nanoTime() - mapStart);
                into[1] = ms(THREADS.getCurrentThreadCpuTime() - threadCpu);
                shown += arranged.size() == result.total() && arranged.drawnCount() == size ? 0 : 1;
            }
            if (q >= warmUp) {
                times[q - warmUp] = ms(nanos);
                cpu[q - warmUp] = ms(cpuNanos);
                map[q - warmUp] = lists[0];
                mapCpu[q - warmUp] = lists[1];
                keyed[q - warmUp] = keys[0];
                keyedCpu[q - warmUp] = keys[1];
                matched += result.total();
                shown += counted + rows;
            }
        }
        Arrays.sort(times);
        print(size, "200-vertex polygon: question panel's answer", "median %.2f ms, p95 %.2f ms, max %.2f ms; %,d matched on average, %,d counts and rows shown",
                times[times.length / 2], times[(int) Math.ceil(times.length * 0.95) - 1], times[times.length - 1],
                matched / times.length, shown);
        Arrays.sort(cpu);
        print(size, "  the same, CPU time of the process", "median %.2f ms, p95 %.2f ms", cpu[cpu.length / 2],
                cpu[(int) Math.ceil(cpu.length * 0.95) - 1]);
        spread(size, "  then the map's clusters of answers and others, from the lists of incidents", map, mapCpu);
        spread(size, "  then the same from the answer's keys, as the main view arranges them", keyed, keyedCpu);
    }

    /** Median and p95 of wall clock and thread CPU times, in milliseconds. */
    private static void spread(int size, String what, double[] wall, double[] cpu) {
        Arrays.sort(wall);
        Arrays.sort(cpu);
        print(size, what, "wall median %.2f ms, p95 %.2f ms; CPU of the thread median %.2f ms, p95 %.2f ms",
                wall[wall.length / 2], wall[(int) Math.ceil(wall.length * 0.95) - 1], cpu[cpu.length / 2],
                cpu[(int) Math.ceil(cpu.length * 0.95) - 1]);
    }

    /** The counts the question panel shows (by certainty, bank and category), as it reads them; how many it read. */
    private static int panelCounts(QueryResult result) {
        return result.byCertainty().size() + result.byBank().size() + result.byCategory().size();
    }

    /**
     * Stored attributes as the store would hand them over at start-up, made here from the point's bank alone (the
     * distances left unknown), since deriving a million would take minutes and their values do not change the cost.
     */
    private static final class KeptAttributes extends StoredAttributes {
        private final IncidentRepository incidents;
        private final SpatialAnalysis analysis;

        KeptAttributes(IncidentRepository incidents, SpatialAnalysis analysis) {
            super(null, null);
            this.incidents = incidents;
            this.analysis = analysis;
        }

        @Override
        java.util.Map<String, Row> read(String reference) {
            java.util.Map<String, Row> rows = new java.util.HashMap<>();
            for (Incident incident : incidents.findAll()) {
                var item = new org.deconfliction.atlas.analysis.LocatedItem(incident.id(), incident.location(),
                        incident.uncertainty().radiusMetres());
                rows.put(incident.id(), new Row(item, 0, new org.deconfliction.atlas.analysis.ItemAttributes(incident.id(),
                        analysis.bankSide(incident.location(), 0), true, Double.NaN, null, Double.NaN)));
            }
            return rows;
        }

        @Override
        void write(List<Row> rows, String reference) {
        }
    }

    private static void latency(int size, String what, IncidentQueryService queries, List<Supplier<SpatialCondition>> conditions) {
        latency(size, what, queries, conditions, IncidentFilter.all());
    }

    private static void latency(int size, String what, IncidentQueryService queries, List<Supplier<SpatialCondition>> conditions,
            IncidentFilter filter) {
        int warmUp = Math.min(20, Math.max(2, conditions.size() / 4));
        double[] times = new double[conditions.size() - warmUp];
        double[] cpu = new double[times.length];
        long matched = 0;
        long bytes = 0;
        double first = 0;
        for (int q = 0; q < conditions.size(); q++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            QueryPage page = queries.page(filter, conditions.get(q), 0, 10);
            String body = page.answers().stream().map(a -> IncidentGeoJson.feature(a.incident()).toString()).reduce("", String::concat);
            long nanos = System.nanoTime() - start;
            first = q == 0 ? ms(nanos) : first;
            if (q >= warmUp) {
                times[q - warmUp] = ms(nanos);
                cpu[q - warmUp] = ms(processCpuNanos() - cpuStart);
                matched += page.numberMatched();
                bytes += body.length();
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        print(size, what, "first %.0f ms, then median %.2f ms, p95 %.2f ms, max %.2f ms; %,d matched on average, page %,d bytes",
                first, times[times.length / 2], times[(int) Math.ceil(times.length * 0.95) - 1], times[times.length - 1],
                matched / times.length, bytes / times.length);
        print(size, "  the same, CPU time of the process", "median %.2f ms, p95 %.2f ms", cpu[cpu.length / 2],
                cpu[(int) Math.ceil(cpu.length * 0.95) - 1]);
    }

    /** CPU time of the whole process (every thread, the collector's too), in nanoseconds: on a loaded machine the
     * wall clock counts the waits for a core, this does not. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(int size, String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%,9d  %-46s %s%n", size, what, String.format(Locale.ROOT, format, values));
    }
}
