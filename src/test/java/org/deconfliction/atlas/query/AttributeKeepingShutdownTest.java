package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.HeldWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Shutting down while derived attributes are being written (here: a batch waiting, within the store's busy timeout of
 * 2 s, for a store held by a long write transaction): the application waits for that batch instead of closing the
 * store under it, stops within seconds without an error, and the next start on the same data folder derives and
 * writes every row that was left.
 */
@ExtendWith(OutputCaptureExtension.class)
class AttributeKeepingShutdownTest {

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--atlas.data.folder=" + folder, "--atlas.stories.folder=" + folder.resolve("stories"),
                "--atlas.store.busy-timeout=2s");
    }

    private static List<LocatedItem> items(ConfigurableApplicationContext atlas) {
        return atlas.getBean(IncidentRepository.class).findAll().stream()
                .map(i -> new LocatedItem(i.id(), i.location(), i.uncertainty().radiusMetres())).toList();
    }

    @Test
    void writesLeftAtShutdownEndWithoutAnErrorAndTheNextStartWritesThem(CapturedOutput log) throws Exception {
        Path folder = Path.of("target", "test-data", "attributes-shutdown-" + UUID.randomUUID()).toAbsolutePath();
        List<LocatedItem> items;
        Path store;
        long closing;
        try (ConfigurableApplicationContext atlas = start(folder)) {
            AttributeKeeping keeping = atlas.getBean(AttributeKeeping.class);
            JdbcOperations jdbc = atlas.getBean(JdbcOperations.class);
            assertThat(keeping.awaitWrites(60_000)).isTrue();
            jdbc.update("DELETE FROM incident_attributes");
            items = items(atlas);
            store = StoredAttributesWhileBusyTest.storeFile(jdbc);
            try (HeldWriteLock undo = HeldWriteLock.on(store)) {
                keeping.indexOf(items, atlas.getBean(SpatialAnalysis.class));
                Thread.sleep(300); // the batch now waits inside the store for the lock
                closing = System.nanoTime();
                atlas.close();
                closing = System.nanoTime() - closing;
            }
        }
        assertThat(log.toString()).contains("derived again at the next start-up")
                .doesNotContain("CannotCreateTransactionException").doesNotContain("Exception in thread")
                .doesNotContain(" ERROR ");
        // the busy timeout, then the rest of a shutdown on a loaded machine; never the whole grace and more
        assertThat(closing / 1e9).as("seconds to shut down").isLessThan(AttributeKeeping.SHUTDOWN_GRACE.toSeconds() + 5);

        try (ConfigurableApplicationContext again = start(folder)) {
            assertThat(again.getBean(AttributeKeeping.class).awaitWrites(60_000)).isTrue();
            String reference = again.getBean(SpatialAnalysis.class).referenceFingerprint();
            assertThat(again.getBean(StoredAttributes.class).read(reference).keySet())
                    .containsExactlyInAnyOrderElementsOf(items.stream().map(LocatedItem::id).toList());
        }
    }
}
