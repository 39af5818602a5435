package org.deconfliction.atlas.store;

import java.util.Locale;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostGIS store with a million incidents, measured as {@link StoreBenchmark} measures the embedded one (a plain
 * {@code main}, not a test; see BENCHMARKS.md): the same {@link SyntheticIncidents} (seed 20180207) inserted through
 * {@link IncidentStore#createAll} in batches (JDBC batches, rewritten by the driver into multi-row INSERTs), the
 * database's size, then a full start of the application on the filled database: time until ready, used heap after
 * GC, and single-incident edit round trips ({@link StoreBenchmarkSteps#editRoundTrips}). Runs in the test suite's throwaway PostgreSQL cluster.
 * Arguments: number of incidents (default 1,000,000), batch size (default 50,000).
 */
final class PostgisStoreBenchmark {

    private PostgisStoreBenchmark() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        PostgisCluster cluster = PostgisCluster.shared();
        String url = cluster.newDatabase() + "?reWriteBatchedInserts=true";

        long insertNanos = 0;
        long bytes;
        try (PostgisStoreWiring wiring = new PostgisStoreWiring(url)) {
            insertNanos = StoreBenchmarkSteps.insert(wiring.store, wiring.sites, wiring.incidents, total, batch);
            wiring.jdbc.execute("VACUUM ANALYZE incidents");
            bytes = wiring.jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
        }
        System.out.printf(Locale.ROOT, "bulk insert: %,d incidents in %.1f s = %,.0f incidents/s; database %,d MB%n",
                total, insertNanos / 1e9, total / (insertNanos / 1e9), bytes >> 20);

        long startNanos = System.nanoTime();
        try (ConfigurableApplicationContext app = PostgisInstancesTest.instance(url, "--atlas.analysis.time-budget=600s", "--vaadin.productionMode=true")) {
            StoreBenchmarkSteps.startedUp(app, startNanos);
            StoreBenchmarkSteps.editRoundTrips(app, 5);
        }
    }
}
