package org.deconfliction.atlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store with a million incidents (a plain {@code main}, not a test; see BENCHMARKS.md): bulk insert
 * of {@link SyntheticIncidents} (seed 20180207) through {@link IncidentStore#createAll} in batches, the file's size, then a full start of the application
 * against the filled store: time until it is ready (the repository and the query index loaded), used heap after
 * GC, and single-incident edit round trips ({@link StoreBenchmarkSteps#editRoundTrips}).
 * Arguments: number of incidents (default 1,000,000), batch size (default 50,000).
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        try (BenchmarkFolder store = BenchmarkFolder.in(Path.of("target"), "benchmark-store-")) {
            run(store.path(), total, batch);
        }
    }

    private static void run(Path folder, int total, int batch) throws Exception {
        long insertNanos = 0;
        try (EmbeddedStoreWiring wiring = new EmbeddedStoreWiring(folder)) {
            insertNanos = StoreBenchmarkSteps.insert(wiring.store, wiring.sites, wiring.incidents, total, batch);
        }
        long bytes = Files.size(folder.resolve(DataFolder.STORE_FILE));
        System.out.printf(Locale.ROOT, "bulk insert: %,d incidents in %.1f s = %,.0f incidents/s; file %,d MB%n",
                total, insertNanos / 1e9, total / (insertNanos / 1e9), bytes >> 20);

        long startNanos = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder, "--atlas.analysis.time-budget=600s",
                        "--vaadin.productionMode=true")) {
            StoreBenchmarkSteps.startedUp(app, startNanos);
            StoreBenchmarkSteps.editRoundTrips(app, 5);
        }
    }

}
