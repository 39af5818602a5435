package org.deconfliction.atlas.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store with a million incidents (a plain {@code main}, not a test; see BENCHMARKS.md): bulk insert
 * of {@link SyntheticIncidents} (seed 20180207) through {@link IncidentStore#createAll} in batches, the file's size, then a full start of the application
 * against the filled store: time until it is ready (the repository and the query index loaded), used heap after
 * GC, and one single-incident update round trip (commit, repository, index rebuilt).
 * Arguments: number of incidents (default 1,000,000), batch size (default 50,000).
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path folder = Path.of("target", "benchmark-store-" + UUID.randomUUID()).toAbsolutePath();

        long insertNanos = 0;
        try (EmbeddedStoreWiring wiring = new EmbeddedStoreWiring(folder)) {
            SyntheticIncidents synthetic = new SyntheticIncidents(wiring.sites.findAll(), wiring.incidents.findAll(), 20180207);
            for (int from = 0; from < total; from += batch) {
                List<Incident> incidents = new ArrayList<>(batch);
                for (int i = from; i < Math.min(total, from + batch); i++) {
                    incidents.add(synthetic.incident(i));
                }
                long start = System.nanoTime();
                wiring.store.createAll(incidents, new Edit("benchmark", "generated"));
                insertNanos += System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "inserted %,d (%.1f s so far)%n", from + incidents.size(), insertNanos / 1e9);
            }
        }
        long bytes = Files.size(folder.resolve(DataFolder.STORE_FILE));
        System.out.printf(Locale.ROOT, "bulk insert: %,d incidents in %.1f s = %,.0f incidents/s; file %,d MB%n",
                total, insertNanos / 1e9, total / (insertNanos / 1e9), bytes >> 20);

        long startNanos = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder, "--atlas.analysis.time-budget=120s")) {
            double startSeconds = (System.nanoTime() - startNanos) / 1e9;
            IncidentRepository incidents = app.getBean(IncidentRepository.class);
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "start-up with %,d stored incidents: %.1f s; used heap after GC %,d MB (%,d bytes per incident)%n",
                    incidents.findAll().size(), startSeconds, heap >> 20, heap / incidents.findAll().size());

            IncidentStore store = app.getBean(IncidentStore.class);
            IncidentQueryService queries = app.getBean(IncidentQueryService.class);
            Incident first = incidents.findAll().get(total / 2);
            for (int round = 0; round < 3; round++) {
                long editStart = System.nanoTime();
                long version = store.current(first.id()).orElseThrow().version();
                store.update(StoreExamples.moved(first, round % 2 == 0 ? StoreExamples.CONOCO : StoreExamples.AL_TANF), version,
                        Edit.by("benchmark"));
                int near = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("conoco", 1))).answers().size();
                System.out.printf(Locale.ROOT, "single edit round trip (commit, repository, index, one query): %.2f s (%d near Conoco)%n",
                        (System.nanoTime() - editStart) / 1e9, near);
            }
        }
    }

}
