package org.deconfliction.atlas.store;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The steps {@link StoreBenchmark} and {@link PostgisStoreBenchmark} share, whatever the store: the bulk insert of
 * {@link SyntheticIncidents} (seed 20180207) in batches, the start-up report (time until ready, used heap after
 * GC), and single-incident edit round trips. Each step prints its figures.
 */
final class StoreBenchmarkSteps {

    private StoreBenchmarkSteps() {
    }

    /** Inserts {@code total} synthetic incidents in transactions of {@code batch}; the nanoseconds the store took. */
    static long insert(IncidentStore store, JdbcSiteRepository sites, JdbcIncidentRepository incidents, int total, int batch) {
        SyntheticIncidents synthetic = new SyntheticIncidents(sites.findAll(), incidents.findAll(), 20180207);
        long insertNanos = 0;
        for (int from = 0; from < total; from += batch) {
            List<Incident> chunk = new ArrayList<>(batch);
            for (int i = from; i < Math.min(total, from + batch); i++) {
                chunk.add(synthetic.incident(i));
            }
            long start = System.nanoTime();
            store.createAll(chunk, new Edit("benchmark", "generated"));
            insertNanos += System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "inserted %,d (%.1f s so far)%n", from + chunk.size(), insertNanos / 1e9);
        }
        return insertNanos;
    }

    /** Prints how long the application took to start ({@code startNanos} when it was asked to) and its heap after GC. */
    static void startedUp(ConfigurableApplicationContext app, long startNanos) {
        double startSeconds = (System.nanoTime() - startNanos) / 1e9;
        IncidentRepository incidents = app.getBean(IncidentRepository.class);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "start-up with %,d stored incidents: %.1f s; used heap after GC %,d MB (%,d bytes per incident)%n",
                incidents.findAll().size(), startSeconds, heap >> 20, heap / incidents.findAll().size());
    }

    /**
     * Single-incident edits (the incident in the middle of the chronology moved between Conoco and al-Tanf), each
     * timed from the save until the store returns, by when the commit is done, the repositories have re-read the
     * incident, the spatial index is updated and every listener of the change event (open views included) has been
     * told; then the first "within 1 km of Conoco" question after it, which derives the moved incident's attributes.
     */
    static void editRoundTrips(ConfigurableApplicationContext app, int rounds) {
        IncidentRepository incidents = app.getBean(IncidentRepository.class);
        IncidentStore store = app.getBean(IncidentStore.class);
        IncidentQueryService queries = app.getBean(IncidentQueryService.class);
        Incident edited = incidents.findAll().get(incidents.findAll().size() / 2);
        queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("conoco", 1))); // attributes derived once
        for (int round = 0; round < rounds; round++) {
            long version = store.current(edited.id()).orElseThrow().version();
            long start = System.nanoTime();
            store.update(StoreExamples.moved(edited, round % 2 == 0 ? StoreExamples.CONOCO : StoreExamples.AL_TANF), version,
                    Edit.by("benchmark"));
            long saved = System.nanoTime();
            int near = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("conoco", 1))).answers().size();
            long answered = System.nanoTime();
            System.out.printf(Locale.ROOT, "edit %d: save to index and change event done %.1f ms; then \"within 1 km of Conoco\" %.1f ms (%,d answers)%n",
                    round + 1, (saved - start) / 1e6, (answered - saved) / 1e6, near);
        }
    }
}
