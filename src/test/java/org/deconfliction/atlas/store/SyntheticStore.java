package org.deconfliction.atlas.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.export.AcledCsvExport;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The project's generator of large datasets (a plain {@code main}, not a test): {@code N} {@link SyntheticIncidents}
 * clustered around the shipped towns and sites, with the shipped incidents' attribute mix and text lengths, written
 * either as a data folder whose embedded store ({@code atlas.gpkg}) holds them beside the shipped data, so the
 * application starts on it with {@code --atlas.data.folder=<folder>}, or as an ACLED-style CSV file for
 * {@code POST /api/imports} or the import screen, or into a PostGIS database (migrated and seeded as the application
 * does it, then filled by COPY: {@link PostgisBulkLoad}), on which the application starts with
 * {@code --atlas.store=postgis --spring.datasource.url=<url>}. The embedded store is filled through
 * {@link IncidentStore#createAll} in transactions of {@code batch} incidents, each incident checked as strictly as an
 * edit; an existing folder or file is refused rather than overwritten, and a database that already holds one of the
 * generated ids refuses the COPY.
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes:$(cat target/benchmark-classpath.txt) \
 *     org.deconfliction.atlas.store.SyntheticStore store target/atlas-1m 1000000 [seed] [batch]
 * java -cp ... org.deconfliction.atlas.store.SyntheticStore csv target/acled-1m.csv 1000000 [seed]
 * java -cp ... org.deconfliction.atlas.store.SyntheticStore postgis 'jdbc:postgresql://host/atlas?user=u&password=p' 1000000 [seed] [batch]
 * }</pre>
 */
public final class SyntheticStore {

    private static final long DEFAULT_SEED = 20180207;

    private SyntheticStore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !List.of("store", "csv", "postgis").contains(args[0])) {
            System.err.println("usage: SyntheticStore store <new data folder> <count> [seed] [batch, default 50000]\n"
                    + "       SyntheticStore csv <new file.csv> <count> [seed]\n"
                    + "       SyntheticStore postgis <jdbc url, credentials as its user and password parameters> <count> [seed] [batch]");
            System.exit(2);
        }
        if (args[0].equals("postgis")) {
            int count = Integer.parseInt(args[2]);
            long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
            long nanos = PostgisBulkLoad.load(args[1], count, seed, args.length > 4 ? Integer.parseInt(args[4]) : 50_000);
            System.out.printf(Locale.ROOT, "%,d incidents copied into %s in %.1f s%n", count, args[1].replaceAll("password=[^&]*", "password=…"),
                    nanos / 1e9);
            return;
        }
        Path target = Path.of(args[1]).toAbsolutePath();
        int count = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        if (Files.exists(target)) {
            System.err.println(target + " exists already; give a new " + (args[0].equals("store") ? "folder" : "file"));
            System.exit(2);
        }
        long start = System.nanoTime();
        if (args[0].equals("store")) {
            int batch = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
            writeStore(target, count, seed, batch);
            System.out.printf(Locale.ROOT, "%,d incidents in %s (%,d MB) in %.1f s%n", count,
                    target.resolve(DataFolder.STORE_FILE), Files.size(target.resolve(DataFolder.STORE_FILE)) >> 20,
                    (System.nanoTime() - start) / 1e9);
        } else {
            writeCsv(target, count, seed);
            System.out.printf(Locale.ROOT, "%,d ACLED rows in %s (%,d MB) in %.1f s%n", count, target,
                    Files.size(target) >> 20, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Creates the data folder and its store (seeded with the shipped data), then adds {@code count} incidents. */
    static void writeStore(Path folder, int count, long seed, int batch) {
        try (EmbeddedStoreWiring wiring = new EmbeddedStoreWiring(folder)) {
            SyntheticIncidents synthetic = new SyntheticIncidents(wiring.sites.findAll(), wiring.incidents.findAll(), seed);
            long started = System.nanoTime();
            for (int from = 0; from < count; from += batch) {
                List<Incident> chunk = new ArrayList<>(batch);
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    chunk.add(synthetic.incident(i));
                }
                wiring.store.createAll(chunk, new Edit("generator", "synthetic incidents, seed " + seed));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "stored %,d of %,d (%.0f s, %,.0f incidents/s)%n", from + chunk.size(), count,
                        seconds, (from + chunk.size()) / seconds);
            }
        }
    }

    /** Writes {@code count} synthetic incidents as an ACLED-style CSV, one row at a time (little memory whatever the count). */
    static void writeCsv(Path file, int count, long seed) throws IOException {
        GeodataFiles shipped = new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/");
        GeodataSiteRepository sites = new GeodataSiteRepository(shipped);
        SyntheticIncidents synthetic = new SyntheticIncidents(sites.findAll(),
                new GeodataIncidentRepository(shipped, sites).findAll(), seed);
        List<Incident> rows = new AbstractList<>() {
            @Override
            public Incident get(int index) {
                return synthetic.incident(index);
            }

            @Override
            public int size() {
                return count;
            }
        };
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AcledCsvExport.write(rows, Instant.now(), out);
        }
    }
}
