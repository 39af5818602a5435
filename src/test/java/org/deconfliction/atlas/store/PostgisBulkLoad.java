package org.deconfliction.atlas.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.Site;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PGobject;

/**
 * Fills a PostGIS store with {@link SyntheticIncidents} by {@code COPY}, for datasets of a million that
 * {@link IncidentStore#createAll} would take most of an hour to insert: the database is migrated and seeded with the
 * shipped data as the application does it, then each batch goes in as one transaction of two COPYs, the current rows
 * and their first history versions, with exactly the values the store writes ({@link IncidentTable#values},
 * {@link VersionTable#row}; points as hex EWKB with SRID 4326). The generator's incidents are valid by construction,
 * so they are not checked again row by row, and no change is announced (no application is running on the database
 * yet). Ends with {@code VACUUM ANALYZE}, so the planner knows the tables.
 */
final class PostgisBulkLoad {

    /** Where {@link IncidentTable#values} puts the point (after version, time and author). */
    private static final int POINT = 3;
    private static final Edit EDIT = new Edit("generator", "synthetic incidents, bulk loaded");

    private PostgisBulkLoad() {
    }

    /**
     * Loads {@code count} synthetic incidents (the same for the same seed) in transactions of {@code batch}, printing
     * the progress; the nanoseconds the COPYs took (generation included, migration and seeding not).
     */
    static long load(String url, int count, long seed, int batch) {
        try (PostgisStoreWiring wiring = new PostgisStoreWiring(url); Connection connection = wiring.dataSource.getConnection()) {
            StoreDialect dialect = new PostgisDialect("generator");
            List<Site> sites = wiring.sites.findAll();
            IncidentTable table = new IncidentTable(dialect, () -> sites.stream().map(Site::id).collect(Collectors.toSet()));
            VersionTable<Incident> versions = new VersionTable<>(table, dialect);
            SyntheticIncidents synthetic = new SyntheticIncidents(sites, wiring.incidents.findAll(), seed);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String rows = "COPY incidents (id, version, changed_at, changed_by, geom, " + String.join(", ", IncidentTable.COLUMNS)
                    + ") FROM STDIN";
            String history = "COPY incident_versions (incident_id, version, change, changed_at, changed_by, comment, "
                    + "restored_from, feature) FROM STDIN";
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long copying = 0;
            Instant at = Instant.now();
            // The next batch is generated (on the common pool, in parallel) while the database takes this one.
            CompletableFuture<String[]> next = CompletableFuture.supplyAsync(() -> batch(synthetic, table, versions, 0,
                    Math.min(count, batch), at));
            for (int from = 0; from < count; from += batch) {
                int to = Math.min(count, from + batch);
                String[] texts = next.join();
                if (to < count) {
                    int nextTo = Math.min(count, to + batch);
                    next = CompletableFuture.supplyAsync(() -> batch(synthetic, table, versions, to, nextTo, at));
                }
                long copyStart = System.nanoTime();
                copy.copyIn(rows, new StringReader(texts[0]));
                copy.copyIn(history, new StringReader(texts[1]));
                connection.commit();
                copying += System.nanoTime() - copyStart;
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "copied %,d of %,d (%.0f s, %,.0f incidents/s; %.0f s of it waiting for COPY and commit)%n",
                        to, count, seconds, to / seconds, copying / 1e9);
            }
            long nanos = System.nanoTime() - started;
            connection.setAutoCommit(true);
            connection.createStatement().execute("VACUUM ANALYZE incidents");
            connection.createStatement().execute("VACUUM ANALYZE incident_versions");
            return nanos;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load into " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** The COPY text of incidents {@code from} to {@code to} (excluded): their current rows, and their first versions. */
    private static String[] batch(SyntheticIncidents synthetic, IncidentTable table, VersionTable<Incident> versions,
            int from, int to, Instant at) {
        String[][] lines = IntStream.range(from, to).parallel().mapToObj(i -> {
            Incident incident = synthetic.incident(i);
            Object[] values = table.values(incident, 1, at, EDIT.by());
            values[POINT] = ewkb(incident.location());
            StringBuilder current = new StringBuilder(1 << 10);
            StringBuilder first = new StringBuilder(1 << 11);
            line(current, incident.id(), values);
            line(first, null, versions.row(incident.id(), table.feature(incident).toString(), 1, ChangeKind.CREATED, at, EDIT, null));
            return new String[] {current.toString(), first.toString()};
        }).toArray(String[][]::new);
        StringBuilder current = new StringBuilder();
        StringBuilder first = new StringBuilder();
        for (String[] pair : lines) {
            current.append(pair[0]);
            first.append(pair[1]);
        }
        return new String[] {current.toString(), first.toString()};
    }

    /** One line of COPY's text format: the values tab-separated, {@code \N} for null, text escaped. */
    private static void line(StringBuilder out, String id, Object[] values) {
        if (id != null) {
            text(out, id);
            out.append('\t');
        }
        for (int k = 0; k < values.length; k++) {
            if (k > 0) {
                out.append('\t');
            }
            Object value = values[k];
            switch (value) {
                case null -> out.append("\\N");
                case Boolean b -> out.append(b ? 't' : 'f');
                case byte[] bytes -> throw new IllegalArgumentException("no COPY text for a byte array at column " + k);
                case PGobject json -> text(out, json.getValue());
                default -> text(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static void text(StringBuilder out, String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    /** The point as the geometry column's text input takes it: hex EWKB with SRID 4326. */
    private static String ewkb(Point point) {
        Point located = (Point) point.copy();
        located.setSRID(4326);
        return WKBWriter.toHex(new WKBWriter(2, true).write(located));
    }
}
