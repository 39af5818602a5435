package org.deconfliction.atlas.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a geodata folder holding {@code count} synthetic incidents ({@link SyntheticIncidents}) beside copies of
 * every other shipped file, so the application starts on it with {@code --atlas.geodata.location=file:<folder>/}
 * (an empty store is seeded from it). The incidents file is written one feature at a time, so a million incidents
 * (about 1.3 GB) need little memory to write.
 *
 * <p>Run from the project folder, after {@code ./mvnw -B -q test-compile}:
 * <pre>{@code
 * java -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt) \
 *     org.deconfliction.atlas.incident.SyntheticGeodataFolder 1000000 target/synthetic-1m [seed]
 * }</pre>
 */
public final class SyntheticGeodataFolder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SyntheticGeodataFolder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticGeodataFolder <count> <folder> [seed, default 42]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path folder = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        write(Path.of("geodata"), folder, count, seed);
        System.out.printf("%,d synthetic incidents (seed %d) in %s, %,d MB, %.1f s%n", count, seed,
                folder.resolve(IncidentReader.FILE), Files.size(folder.resolve(IncidentReader.FILE)) >> 20,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Copies the shipped geodata folder {@code shipped} to {@code folder}, its incidents replaced by {@code count}
     * synthetic ones made from its own sites and incidents with the given seed.
     */
    public static void write(Path shipped, Path folder, int count, long seed) throws IOException {
        GeodataFiles files = new GeodataFiles(new DefaultResourceLoader(), shipped.toAbsolutePath().toUri().toString());
        SiteRepository sites = new GeodataSiteRepository(files);
        SyntheticIncidents synthetic = new SyntheticIncidents(sites.findAll(),
                new GeodataIncidentRepository(files, sites).findAll(), seed);
        copyAllBut(shipped, folder, IncidentReader.FILE);
        try (Writer out = Files.newBufferedWriter(folder.resolve(IncidentReader.FILE), StandardCharsets.UTF_8)) {
            writeCollection(synthetic.stream(count), out);
        }
    }

    /** Writes incidents as one GeoJSON FeatureCollection, a feature a line. */
    static void writeCollection(Stream<Incident> incidents, Writer out) throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        Iterator<Incident> each = incidents.iterator();
        while (each.hasNext()) {
            out.write(JSON.writeValueAsString(IncidentGeoJson.feature(each.next())));
            out.write(each.hasNext() ? ",\n" : "\n");
        }
        out.write("]}\n");
    }

    private static void copyAllBut(Path from, Path to, String skipped) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(path -> {
                Path target = to.resolve(from.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else if (!path.getFileName().toString().equals(skipped)) {
                        Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
