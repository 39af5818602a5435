package org.deconfliction.atlas.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.query.IncidentMatch;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ListedQueries;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an incidents items request with a CQL2 {@code filter} (and {@code sortby}) costs on the server at 100,000 and
 * 1,000,000 incidents (a plain {@code main}, not a test; see BENCHMARKS.md): the count and first page of 10 complete
 * features, as {@link FilteredIncidentPages} answers it, with the filter parsed per request, in wall clock and CPU
 * time of the process (every thread: the query service's and the collector's too), median and worst of 7 after 3 warm-ups. Beside it, at 100,000 only, the
 * feature-based evaluation the API used before (every answer encoded as a feature without derived attributes, the
 * filter tested on the features), which the API refused above 50,000 incidents. The incidents are
 * {@link SyntheticIncidents} (seed 42) held in a list, their attributes kept as the store would hand them over.
 * Sizes come from the arguments (default 100000 1000000).
 */
public final class FilteredPageBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private FilteredPageBenchmark() {
    }

    public static void main(String[] args) throws java.io.IOException {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Arrays.stream(args).mapToInt(a -> Integer.parseInt(a.replace("_", ""))).toArray();
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "filtered-page-");
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
        IncidentRepository incidents = ListedQueries.repository(synthetic.stream(size).toList());
        IncidentQueryService queries = ListedQueries.withKeptBanks(incidents, analysis, Duration.ofMinutes(10));
        Queryables queryables = Queryables.of(IncidentItems.page(queries, ItemsQuery.parse(Map.of("limit", "1000"))).features());
        String star = StarPolygon.wkt(new Random(size), 200, 0.8, 0.03);
        List<String[]> requests = List.of(
                new String[] {"category = 'drone'", null},
                new String[] {"category IN ('drone', 'air-strike') AND dateStart >= DATE('2018-01-01')", null},
                new String[] {"T_INTERSECTS(INTERVAL(dateStart, dateEnd), INTERVAL('2018-01-01', '2018-03-31')) AND killedMax > 2", null},
                new String[] {"bank = 'east' AND bankCertainty = 'certain' AND NOT (opponent = 'isis')", null},
                new String[] {"S_INTERSECTS(geometry, " + star + ") AND category <> 'other'", null},
                new String[] {"S_DWITHIN(geometry, POINT(40.14 35.33), 25000) OR opponent = 'russia'", null},
                new String[] {"category = 'drone' AND title LIKE '%Raqqa%'", null},
                new String[] {"category = 'drone'", "-killedMax,dateStart"},
                new String[] {"uncertaintyMetres < 5000", "-dateStart"});
        for (String[] request : requests) {
            Map<String, String> parameters = request[1] == null ? Map.of("limit", "10") : Map.of("limit", "10", "sortby", request[1]);
            ItemsQuery query = ItemsQuery.parse(parameters);
            int[] matched = {0};
            double[][] figures = times(() -> {
                Cql2 filter = Cql2Text.parse(request[0], queryables, OutputCrs.CRS84);
                FilteredIncidentPages.Selected page = FilteredIncidentPages.select(queries,
                        new FilteredIncidentPages.Request(query, filter, FeatureOutput.sortKeys(parameters)), Long.MAX_VALUE);
                matched[0] = page.numberMatched() + (page.page().isEmpty() ? 0 : 0);
            });
            print(size, request[0] + (request[1] == null ? "" : " sortby=" + request[1]), figures, matched[0]);
            if (size <= 100_000 && request[1] == null) {
                double[][] before = times(() -> matched[0] = featureBased(queries, request[0], queryables));
                print(size, "  the same on encoded features, as before", before, matched[0]);
            }
        }
    }

    /**
     * The filter as the API answered it before: every answer encoded (with its derived attributes only when the
     * filter names one), then tested.
     */
    private static int featureBased(IncidentQueryService queries, String text, Queryables queryables) {
        Cql2 filter = Cql2Text.parse(text, queryables, OutputCrs.CRS84);
        boolean derived = Cql2.properties(filter).stream().anyMatch(IncidentValues::derived);
        Cql2Evaluation evaluation = new Cql2Evaluation(filter);
        List<IncidentMatch> matches = queries.matches(IncidentFilter.all(), () -> null);
        List<ObjectNode> passing = new ArrayList<>();
        for (IncidentMatch match : matches) {
            ObjectNode feature = derived ? IncidentItems.feature(new org.deconfliction.atlas.query.IncidentAnswer(match.incident(),
                    match.answer(), queries.attributes(match.incident())), false) : IncidentGeoJson.feature(match.incident());
            if (!derived) {
                FlatProperties.addIncident((ObjectNode) feature.get("properties"), match.incident());
            }
            if (evaluation.test(feature, () -> FeatureOutput.geometry(feature))) {
                passing.add(feature);
            }
        }
        return passing.size();
    }

    /** CPU time of the whole process, in nanoseconds: on a loaded machine the wall clock counts the waits for a core. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Wall clock and CPU time of the process, in ms, of each measured run. */
    private static double[][] times(Runnable run) {
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            run.run();
            if (i >= WARM_UP) {
                wall[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
                cpu[i - WARM_UP] = (processCpuNanos() - cpuStart) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void print(int size, String what, double[][] figures, int matched) {
        System.out.printf(Locale.ROOT, "%,9d  %-100s wall median %7.1f ms max %7.1f | CPU median %7.1f ms max %7.1f | %,d matched%n",
                size, what.length() > 100 ? what.substring(0, 97) + "..." : what, figures[0][RUNS / 2], figures[0][RUNS - 1],
                figures[1][RUNS / 2], figures[1][RUNS - 1], matched);
    }
}
