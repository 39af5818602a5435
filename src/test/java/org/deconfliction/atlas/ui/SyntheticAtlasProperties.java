package org.deconfliction.atlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import org.deconfliction.atlas.incident.SyntheticGeodataFolder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Starts a test's application on a new data folder whose store is seeded with the shipped data and N synthetic
 * incidents (seed 7), for the views that behave differently past the 1,000 incidents drawn one by one.
 */
final class SyntheticAtlasProperties {

    private SyntheticAtlasProperties() {
    }

    /** Registers the geodata and data folders under {@code target/test-data/<name>-<random>}. */
    static void register(DynamicPropertyRegistry registry, String name, int incidents) {
        Path folder = Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
        try {
            SyntheticGeodataFolder.write(Path.of("geodata").toAbsolutePath(), folder.resolve("geodata"), incidents, 7);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("atlas.geodata.location", () -> "file:" + folder.resolve("geodata") + "/");
        registry.add("atlas.data.folder", () -> folder.resolve("data").toString());
        // the first question counts every incident: seconds on a busy 2-core machine
        registry.add("atlas.analysis.time-budget", () -> "60s");
    }
}
