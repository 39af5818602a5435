package org.deconfliction.atlas.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The timeline's server time for a filter change at 100,000 and 1,000,000 incidents (a plain {@code main}, not a
 * test; see BENCHMARKS.md): the stored counts per day and category read once after a store change, then 200 changes
 * of the chosen categories, each the sum of their counts, the bars per month and the controls' stepper and summary
 * with the JSON sent; and, for a spatial answer, the counts of a whole answer's dates. The incidents are
 * {@link SyntheticIncidents} (seed 42).
 */
public final class TimelineRedrawBenchmark {

    private static final int CHANGES = 200;

    private TimelineRedrawBenchmark() {
    }

    /** The generated incidents as a store that only lists them. */
    private record ListedIncidents(List<Incident> all) implements IncidentRepository {
        public List<Incident> findAll() {
            return all;
        }

        public Optional<Incident> findById(String id) {
            return all.stream().filter(incident -> incident.id().equals(id)).findFirst();
        }

        public List<Incident> find(IncidentFilter filter) {
            return all.stream().filter(filter::test).toList();
        }

        public int count(IncidentFilter filter) {
            return find(filter).size();
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(a -> Integer.parseInt(a.replace("_", ""))).toArray();
        Path folder = Path.of("target", "benchmark-data", "timeline-" + System.nanoTime());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder.toAbsolutePath(), "--spring.main.banner-mode=off",
                        "--vaadin.productionMode=true")) {
            List<Site> sites = app.getBean(SiteRepository.class).findAll();
            List<Incident> patterns = app.getBean(IncidentRepository.class).findAll();
            for (int size : sizes) {
                measure(size, new SyntheticIncidents(sites, patterns, 42).stream(size).toList());
            }
        }
    }

    private static void measure(int size, List<Incident> incidents) {
        StoredDayCounts stored = new StoredDayCounts(new ListedIncidents(incidents));
        Timeline timeline = new Timeline();
        TimelineControls controls = new TimelineControls();
        long start = System.nanoTime();
        DayCounts all = stored.of(Set.of());
        print(size, "read the counts per day and category after a store change", ms(System.nanoTime() - start));
        if (all.size() != size) {
            throw new IllegalStateException("counted " + all.size() + " of " + size);
        }
        Random random = new Random(42);
        IncidentCategory[] categories = IncidentCategory.values();
        double[] times = new double[CHANGES];
        for (int i = 0; i < CHANGES; i++) {
            Set<IncidentCategory> chosen = EnumSet.noneOf(IncidentCategory.class);
            for (IncidentCategory category : categories) {
                if (random.nextBoolean()) {
                    chosen.add(category);
                }
            }
            start = System.nanoTime();
            DayCounts counts = stored.of(chosen);
            timeline.setCounts(counts);
            controls.setCounts(counts);
            times[i] = ms(System.nanoTime() - start);
        }
        printSpread(size, "redraw after a change of categories (sum of counts, bars, stepper, summary)", times);
        double[] answerTimes = new double[5];
        for (int i = 0; i < answerTimes.length; i++) {
            start = System.nanoTime();
            DayCounts counts = DayCounts.of(incidents.stream().map(Incident::date).toList());
            timeline.setCounts(counts);
            controls.setCounts(counts);
            answerTimes[i] = ms(System.nanoTime() - start);
        }
        printSpread(size, "redraw from a spatial answer of every incident (counts from its dates)", answerTimes);
        stored.storeChanged(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of()));
    }

    private static void printSpread(int size, String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%,d | %s | median %.2f ms | p95 %.2f ms | max %.2f ms%n", size, what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static void print(int size, String what, double millis) {
        System.out.printf(Locale.ROOT, "%,d | %s | %.1f ms%n", size, what, millis);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
