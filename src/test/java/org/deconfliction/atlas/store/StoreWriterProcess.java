package org.deconfliction.atlas.store;

import java.nio.file.Path;
import org.deconfliction.atlas.incident.Incident;

/**
 * A process that writes to an embedded store until it is killed: creates an incident, updates it twice, deletes it
 * and restores it, over and over, printing {@code wrote <n>} after each committed write. Run by
 * {@link EmbeddedStoreCrashTest}, which kills it with SIGKILL in the middle of a write.
 */
final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        try (EmbeddedStoreWiring wiring = new EmbeddedStoreWiring(Path.of(args[0]))) {
            IncidentStore store = wiring.store;
            long writes = 0;
            for (int round = 0; ; round++) {
                String id = "crash-" + args[1] + "-" + round;
                Incident incident = StoreExamples.incident(id, StoreExamples.AL_TANF);
                store.create(incident, Edit.by("writer"));
                report(++writes);
                store.update(StoreExamples.retitled(incident, "Second title " + round), 1, Edit.by("writer"));
                report(++writes);
                store.update(StoreExamples.moved(incident, StoreExamples.CONOCO), 2, new Edit("writer", "moved"));
                report(++writes);
                store.delete(id, 3, Edit.by("writer"));
                report(++writes);
                store.restore(id, 2, 4, Edit.by("writer"));
                report(++writes);
            }
        }
    }

    private static void report(long writes) {
        System.out.println("wrote " + writes);
        System.out.flush();
    }
}
