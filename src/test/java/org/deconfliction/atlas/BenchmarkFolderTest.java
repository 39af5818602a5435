package org.deconfliction.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A benchmark's folder is fresh, and gone with everything in it once the run ends, whether it succeeded or failed. */
class BenchmarkFolderTest {

    private static final Path PARENT = Path.of("target", "test-data");

    private static Path fill(BenchmarkFolder folder) throws IOException {
        Files.createDirectories(folder.resolve("store/nested"));
        Files.writeString(folder.resolve("store/nested/atlas.gpkg"), "rows");
        Files.writeString(folder.resolve("acled-10.csv"), "event_id_cnty\n");
        return folder.path();
    }

    @Test
    void aFinishedRunLeavesNoFolder() throws IOException {
        Path path;
        try (BenchmarkFolder folder = BenchmarkFolder.in(PARENT, "benchmark-folder-")) {
            assertThat(folder.path()).isAbsolute().isEmptyDirectory();
            assertThat(folder.path().getFileName().toString()).startsWith("benchmark-folder-");
            path = fill(folder);
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void aFailedRunLeavesNoFolderEither() {
        Path[] path = new Path[1];
        assertThatThrownBy(() -> {
            try (BenchmarkFolder folder = BenchmarkFolder.in(PARENT, "benchmark-folder-")) {
                path[0] = fill(folder);
                throw new IllegalStateException("the benchmark failed");
            }
        }).hasMessage("the benchmark failed");
        assertThat(path[0]).doesNotExist();
    }
}
