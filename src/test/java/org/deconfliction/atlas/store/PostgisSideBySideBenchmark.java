package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The atlas on a PostGIS store of a million incidents, and the same questions asked of PostGIS itself, side by side
 * in one run (a plain {@code main}, not a test; see BENCHMARKS.md). In the test suite's throwaway PostgreSQL cluster
 * it loads {@code N} {@link org.deconfliction.atlas.incident.SyntheticIncidents} (seed 20180207) by COPY
 * ({@link PostgisBulkLoad}) and starts the application on the database (time, heap); the first start derives and
 * stores the incidents' attributes in the background, and once they are all stored: the API's count and first page
 * over HTTP ({@link PostgisModeFigures}), then 200-vertex drawn regions, "east of the Euphrates" and date windows
 * answered by the in-memory engine and by PostGIS SQL through its indexes ({@link PostgisRegionSql}), interleaved
 * query by query, with p50 and p95 of each, their ratio, and whether both name the same incidents
 * ({@link SideBySideQuestions}). Last, a later start with the attributes stored (time, heap).
 * Arguments: incidents (default 1,000,000), API region queries after 20 warm-up ones (default 200), of those the
 * first ones also asked of PostGIS (default 40: PostGIS takes seconds per region at a million on a loaded 2-core
 * machine), COPY batch (default 50,000).
 */
final class PostgisSideBySideBenchmark {

    private static final long SEED = 20180207;

    private PostgisSideBySideBenchmark() {
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        int total = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int sideBySide = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        String url = PostgisCluster.shared().newDatabase();

        long loadNanos = PostgisBulkLoad.load(url, total, SEED, batch);
        try (Connection connection = DriverManager.getConnection(url, PostgisCluster.SUPERUSER, "")) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            System.out.printf(Locale.ROOT, "COPY load: %,d incidents in %.1f s = %,.0f incidents/s; database %,d MB%n", total,
                    loadNanos / 1e9, total / (loadNanos / 1e9), jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class) >> 20);

            String[] settings = {"--atlas.analysis.time-budget=600s", "--vaadin.productionMode=true"};
            long firstStart = System.nanoTime();
            try (ConfigurableApplicationContext app = PostgisInstancesTest.instance(url, settings)) {
                System.out.print("first start (no stored attributes): ");
                StoreBenchmarkSteps.startedUp(app, firstStart);
                // Once every incident's attributes are derived and stored, this instance answers as a later start does.
                awaitStoredAttributes(jdbc, Duration.ofMinutes(30));
                Random random = new Random(total);
                List<String> stars = IntStream.range(0, queries + 20)
                        .mapToObj(q -> StarPolygon.wkt(random, 200, 0.70 + random.nextDouble() * 0.15, 0.03)).toList();
                PostgisModeFigures.countAndFirstPage(app, stars);
                SideBySideQuestions questions = new SideBySideQuestions(app, connection);
                questions.regions(stars.subList(0, Math.min(stars.size(), sideBySide + SideBySideQuestions.WARM_UP)));
                questions.eastOfTheEuphrates(6);
                questions.dateWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 12);
                questions.dateWindow(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), 12);
            }
            long laterStart = System.nanoTime();
            try (ConfigurableApplicationContext app = PostgisInstancesTest.instance(url, settings)) {
                System.out.print("later start (attributes stored): ");
                StoreBenchmarkSteps.startedUp(app, laterStart);
            }
        }
    }

    /** Waits until every incident has its stored attributes row (the first start writes them in the background). */
    private static void awaitStoredAttributes(JdbcTemplate jdbc, Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        long incidents = jdbc.queryForObject("SELECT count(*) FROM incidents WHERE NOT deleted", Long.class);
        long stored = 0;
        while (System.nanoTime() - start < atMost.toNanos()) {
            stored = jdbc.queryForObject("SELECT count(*) FROM incident_attributes", Long.class);
            if (stored >= incidents) {
                break;
            }
            Thread.sleep(2_000);
        }
        System.out.printf(Locale.ROOT, "derived attributes stored for %,d of %,d incidents %.0f s after the first start was ready%n",
                stored, incidents, (System.nanoTime() - start) / 1e9);
    }
}
