package org.deconfliction.atlas.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ListedQueries;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The timeline's server cost of a redraw after a question at 100,000 and 1,000,000 incidents (a plain {@code main},
 * not a test; see BENCHMARKS.md): the main view's timeline scope following a new question (the counts per day, the
 * bars per month with their JSON, the controls' stepper and summary) for no filter, one category left out, a
 * 200-vertex drawn region and east of the Euphrates; other 200-vertex regions right after the question panel's answer to
 * each, as the main view asks them (up to the latest date, the timeline's current date); and, beside each spatial
 * question, the same redraw made from the
 * whole answer's dates as before the counts were made over the columns. Each redraw is timed by the wall clock and by
 * the process's CPU time (every thread); the stored counts per day and category are read once first. The incidents
 * are {@link SyntheticIncidents} (seed 42); the analysis (river, sites) comes from the application over the shipped
 * geodata. {@code -Datlas.benchmark.whole-answer=false} leaves out the redraws from the whole answer.
 */
public final class TimelineRedrawBenchmark {

    private static final int REDRAWS = 40;
    private static final int WARM_UP = 8;
    /** Whether the redraws from the whole answer are timed too; {@code -Datlas.benchmark.whole-answer=false} leaves them out. */
    private static final boolean WHOLE_ANSWER = Boolean.parseBoolean(System.getProperty("atlas.benchmark.whole-answer", "true"));

    private TimelineRedrawBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(a -> Integer.parseInt(a.replace("_", ""))).toArray();
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "timeline-");
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder.path(), "--spring.main.banner-mode=off",
                        "--vaadin.productionMode=true")) {
            SpatialAnalysis analysis = app.getBean(SpatialAnalysis.class);
            List<Incident> patterns = app.getBean(IncidentRepository.class).findAll();
            SyntheticIncidents synthetic = new SyntheticIncidents(app.getBean(SiteRepository.class).findAll(), patterns, 42);
            for (int size : sizes) {
                measure(size, synthetic.stream(size).toList(), analysis);
            }
        }
    }

    private static void measure(int size, List<Incident> incidents, SpatialAnalysis analysis) {
        IncidentRepository listed = ListedQueries.repository(incidents);
        IncidentQueryService queries = ListedQueries.over(listed, analysis, Duration.ofMinutes(10));
        StoredDayCounts stored = new StoredDayCounts(listed);
        Timeline timeline = new Timeline();
        TimelineControls controls = new TimelineControls();
        SharedAnswers shared = new SharedAnswers(queries::run, listed);
        TimelineScope scope = new TimelineScope(shared, queries, stored, timeline, controls);
        long start = System.nanoTime();
        DayCounts all = stored.of(Set.of());
        print(size, "read the counts per day and category once after a store change", "%.0f ms", ms(System.nanoTime() - start));
        if (all.size() != size) {
            throw new IllegalStateException("counted " + all.size() + " of " + size);
        }
        Random random = new Random(42);
        IncidentCategory[] categories = IncidentCategory.values();
        List<String> stars = java.util.stream.IntStream.range(0, 2 * REDRAWS)
                .mapToObj(q -> StarPolygon.wkt(random, 200, 0.70 + random.nextDouble() * 0.15, 0.03)).toList();
        IntFunction<IncidentQuery> noFilter = i -> IncidentQuery.all();
        IntFunction<IncidentQuery> oneCategoryOff = i -> {
            Set<IncidentCategory> chosen = EnumSet.allOf(IncidentCategory.class);
            chosen.remove(categories[i % categories.length]);
            return IncidentQuery.all().withFilter(IncidentFilter.all().withCategories(chosen));
        };
        IntFunction<IncidentQuery> region = i -> IncidentQuery.all()
                .withSpatial(new SpatialCondition.InRegion(DrawnRegion.polygon(stars.get(i))));
        IntFunction<IncidentQuery> east = i -> IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST));
        redraws(size, "no filter", scope, noFilter);
        redraws(size, "one category left out", scope, oneCategoryOff);
        redraws(size, "a 200-vertex drawn region", scope, region);
        java.time.LocalDate latest = all.period().orElseThrow().last();
        IntFunction<IncidentQuery> regionUpToLatest = i -> IncidentQuery.all()
                .withFilter(IncidentFilter.all().withDates(null, latest))
                .withSpatial(new SpatialCondition.InRegion(DrawnRegion.polygon(stars.get(REDRAWS + i))));
        redrawsAfterThePanel(size, "a 200-vertex drawn region", shared, scope, regionUpToLatest);
        if (WHOLE_ANSWER) {
            redrawsFromTheWholeAnswer(size, "a 200-vertex drawn region", queries, timeline, controls, region);
        }
        redraws(size, "east of the Euphrates", scope, east);
        if (WHOLE_ANSWER) {
            redrawsFromTheWholeAnswer(size, "east of the Euphrates", queries, timeline, controls, east);
        }
    }

    /** The scope following each question anew, as after a change of the question panel. */
    private static void redraws(int size, String what, TimelineScope scope, IntFunction<IncidentQuery> questions) {
        double[] wall = new double[REDRAWS];
        double[] cpu = new double[REDRAWS];
        for (int i = 0; i < REDRAWS; i++) {
            IncidentQuery query = questions.apply(i);
            scope.forget();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            scope.follow(query);
            wall[i] = ms(System.nanoTime() - start);
            cpu[i] = ms(processCpuNanos() - cpuStart);
        }
        spread(size, "redraw after " + what, wall, cpu);
    }

    /**
     * The scope following each question right after the question panel's answer to it, in the main view's order
     * (the panel's question holds the timeline's current date, the latest; the timeline asks it without dates): the
     * redraw alone, and the panel's answer and the redraw together.
     */
    private static void redrawsAfterThePanel(int size, String what, SharedAnswers shared, TimelineScope scope,
            IntFunction<IncidentQuery> questions) {
        double[] wall = new double[REDRAWS];
        double[] cpu = new double[REDRAWS];
        double[] bothWall = new double[REDRAWS];
        double[] bothCpu = new double[REDRAWS];
        for (int i = 0; i < REDRAWS; i++) {
            IncidentQuery query = questions.apply(i);
            scope.forget();
            long bothCpuStart = processCpuNanos();
            long bothStart = System.nanoTime();
            shared.of(query).counts();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            scope.follow(query);
            long end = System.nanoTime();
            long cpuEnd = processCpuNanos();
            wall[i] = ms(end - start);
            cpu[i] = ms(cpuEnd - cpuStart);
            bothWall[i] = ms(end - bothStart);
            bothCpu[i] = ms(cpuEnd - bothCpuStart);
        }
        spread(size, "redraw after " + what + ", right after the question panel's answer", wall, cpu);
        spread(size, "  the panel's answer and the redraw together", bothWall, bothCpu);
    }

    /** The same redraw made from every answer of the question listed with its attributes, counted from their dates. */
    private static void redrawsFromTheWholeAnswer(int size, String what, IncidentQueryService queries, Timeline timeline,
            TimelineControls controls, IntFunction<IncidentQuery> questions) {
        double[] wall = new double[REDRAWS];
        double[] cpu = new double[REDRAWS];
        long answers = 0;
        for (int i = 0; i < REDRAWS; i++) {
            IncidentQuery query = questions.apply(i);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<IncidentAnswer> answer = queries.run(query).answers();
            DayCounts counts = DayCounts.of(answer.stream().map(a -> a.incident().date()).toList());
            timeline.setCounts(counts);
            controls.setCounts(counts);
            wall[i] = ms(System.nanoTime() - start);
            cpu[i] = ms(processCpuNanos() - cpuStart);
            answers += answer.size();
        }
        spread(size, "  the same from the whole answer (" + String.format(Locale.ROOT, "%,d", answers / REDRAWS)
                + " answers on average)", wall, cpu);
    }

    private static void spread(int size, String what, double[] wall, double[] cpu) {
        double[] w = Arrays.copyOfRange(wall, WARM_UP, wall.length);
        double[] c = Arrays.copyOfRange(cpu, WARM_UP, cpu.length);
        Arrays.sort(w);
        Arrays.sort(c);
        print(size, what, "first %.1f ms; then wall median %.2f ms, p95 %.2f ms, max %.2f ms; CPU median %.1f ms, p95 %.1f ms",
                wall[0], w[w.length / 2], w[(int) Math.ceil(w.length * 0.95) - 1], w[w.length - 1],
                c[c.length / 2], c[(int) Math.ceil(c.length * 0.95) - 1]);
    }

    /** CPU time of the whole process (every thread, the collector's too), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(int size, String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%,d | %s | %s%n", size, what, String.format(Locale.ROOT, format, values));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
