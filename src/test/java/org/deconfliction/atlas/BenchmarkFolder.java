package org.deconfliction.atlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder for one benchmark run's store and files, deleted with everything in it when the run ends: when
 * closed (also after a failure, in a try-with-resources around the run) and, should the run be stopped (Ctrl-C, a
 * SIGTERM), when the JVM exits. With {@code -Datlas.bench.keep=true} it is kept and its place printed.
 */
public final class BenchmarkFolder implements AutoCloseable {

    private final Path path;
    private final Thread atExit;

    private BenchmarkFolder(Path path) {
        this.path = path;
        this.atExit = new Thread(this::delete, "benchmark-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(atExit);
    }

    /** A new folder named {@code prefix} and a random part in {@code parent} (created if missing). */
    public static BenchmarkFolder in(Path parent, String prefix) throws IOException {
        Files.createDirectories(parent);
        return new BenchmarkFolder(Files.createTempDirectory(parent.toAbsolutePath(), prefix));
    }

    /** A new folder named {@code prefix} and a random part in the system's temporary folder. */
    public static BenchmarkFolder temporary(String prefix) throws IOException {
        return in(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    /** The folder, absolute. */
    public Path path() {
        return path;
    }

    /** A path inside the folder. */
    public Path resolve(String other) {
        return path.resolve(other);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException exiting) {
            return; // the hook deletes it
        }
        delete();
    }

    private void delete() {
        if (Boolean.getBoolean("atlas.bench.keep")) {
            System.out.println("kept the benchmark's folder " + path);
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(BenchmarkFolder::deleteOne);
        } catch (NoSuchFileException gone) {
            // deleted already
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the benchmark's folder " + path + ": " + e.getMessage());
        }
    }

    private static void deleteOne(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
