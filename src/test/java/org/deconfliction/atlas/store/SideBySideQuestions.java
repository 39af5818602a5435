package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentMatch;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The same questions answered by the in-memory engine of a running application and by PostGIS SQL on its store
 * ({@link PostgisRegionSql}), interleaved question by question so that the machine's load falls on both alike;
 * prints p50 and p95 of each, the engine's time as a fraction of PostGIS's, whether both name the same incidents,
 * and PostGIS's plan. Drawn regions go to an index of the stored incidents as exact points (what PostGIS compares);
 * "east of the Euphrates" and date windows to the application's query service as the API asks it.
 */
final class SideBySideQuestions {

    /** Questions asked of both first, not measured. */
    static final int WARM_UP = 5;

    private final IncidentQueryService queries;
    private final SpatialAnalysis analysis;
    private final LocatedItemIndex exactPoints;
    private final Connection connection;

    SideBySideQuestions(ConfigurableApplicationContext app, Connection connection) {
        this.queries = app.getBean(IncidentQueryService.class);
        this.analysis = app.getBean(SpatialAnalysis.class);
        this.connection = connection;
        long start = System.nanoTime();
        this.exactPoints = analysis.index(app.getBean(IncidentRepository.class).findAll().stream()
                .map(incident -> new LocatedItem(incident.id(), incident.location(), 0)).toList());
        print("engine: index of the stored incidents as exact points", "%,d items built in %.0f ms", exactPoints.size(),
                (System.nanoTime() - start) / 1e6);
    }

    /** For drawn regions only ({@link #regions}): the engine over these items as exact points, without an application. */
    SideBySideQuestions(SpatialAnalysis analysis, List<LocatedItem> exactItems, Connection connection) {
        this.queries = null;
        this.analysis = analysis;
        this.connection = connection;
        long start = System.nanoTime();
        this.exactPoints = analysis.index(exactItems);
        print("engine: index of the stored incidents as exact points", "%,d items built in %.0f ms", exactPoints.size(),
                (System.nanoTime() - start) / 1e6);
    }

    /** Each drawn region (WKT) parsed and answered by the engine, and by PostGIS with Mercator and with planar edges. */
    void regions(List<String> regions) throws SQLException {
        double[][] times = new double[3][regions.size() - WARM_UP];
        int agreeing = 0;
        long matched = 0;
        long planarDiffering = 0;
        for (int q = 0; q < regions.size(); q++) {
            String wkt = regions.get(q);
            long start = System.nanoTime();
            Set<String> engine = new HashSet<>(exactPoints.query(DrawnRegion.polygon(wkt)).inside());
            long engineDone = System.nanoTime();
            Set<String> mercator = PostgisRegionSql.ids(connection, PostgisRegionSql.IN_MERCATOR_POLYGON, wkt);
            long mercatorDone = System.nanoTime();
            Set<String> planar = PostgisRegionSql.ids(connection, PostgisRegionSql.IN_PLANAR_POLYGON, wkt);
            long planarDone = System.nanoTime();
            if (q >= WARM_UP) {
                int k = q - WARM_UP;
                times[0][k] = (engineDone - start) / 1e6;
                times[1][k] = (mercatorDone - engineDone) / 1e6;
                times[2][k] = (planarDone - mercatorDone) / 1e6;
                agreeing += engine.equals(mercator) ? 1 : 0;
                matched += engine.size();
                planarDiffering += symmetricDifference(engine, planar);
            }
        }
        int n = regions.size() - WARM_UP;
        compare("200-vertex region", times, n, "%d of %d regions name the same incidents on both (Mercator edges); "
                + "%,d matched on average; planar edges differ by %.1f incidents a region", agreeing, n, matched / n,
                planarDiffering / (double) n);
        plan("200-vertex region, Mercator edges", PostgisRegionSql.IN_MERCATOR_POLYGON, regions.getFirst());
        plan("200-vertex region, planar edges", PostgisRegionSql.IN_PLANAR_POLYGON, regions.getFirst());
    }

    /**
     * "East of the Euphrates": the engine's answers (stored bank attributes, with uncertainty) against PostGIS's
     * points in the east half (subdivided: {@link PostgisRegionSql#IN_SUBDIVIDED_POLYGON}); they agree when every certain answer is in PostGIS's and PostGIS's are all answers.
     */
    void eastOfTheEuphrates(int rounds) throws SQLException {
        String east = new WKTWriter(2).write(analysis.eastBank());
        double[][] times = new double[2][rounds - 2];
        int agreeing = 0;
        long certain = 0;
        long uncertain = 0;
        for (int q = 0; q < rounds; q++) {
            long start = System.nanoTime();
            List<IncidentMatch> matches = queries.matches(IncidentFilter.all(), () -> new SpatialCondition.OnBank(BankSide.EAST));
            Set<String> inside = new HashSet<>();
            Set<String> all = new HashSet<>();
            for (IncidentMatch match : matches) {
                all.add(match.incident().id());
                if (match.answer() == SpatialAnswer.INSIDE) {
                    inside.add(match.incident().id());
                }
            }
            long engineDone = System.nanoTime();
            Set<String> postgis = PostgisRegionSql.ids(connection, PostgisRegionSql.IN_SUBDIVIDED_POLYGON, east);
            long postgisDone = System.nanoTime();
            if (q >= 2) {
                times[0][q - 2] = (engineDone - start) / 1e6;
                times[1][q - 2] = (postgisDone - engineDone) / 1e6;
                agreeing += postgis.containsAll(inside) && all.containsAll(postgis) ? 1 : 0;
                certain += inside.size();
                uncertain += all.size() - inside.size();
            }
        }
        int n = rounds - 2;
        compare("east of the Euphrates", times, n, "%d of %d rounds agree (certain answers within PostGIS's, PostGIS's "
                + "within all answers); %,d certain and %,d uncertain answers", agreeing, n, certain / n, uncertain / n);
        plan("east of the Euphrates", PostgisRegionSql.IN_SUBDIVIDED_POLYGON, east);
    }

    /** A date window without a spatial condition: the engine's answers and PostGIS's over its date index. */
    void dateWindow(LocalDate from, LocalDate to, int rounds) throws SQLException {
        int longest;
        try (var statement = connection.createStatement(); var row = statement.executeQuery(PostgisRegionSql.LONGEST_INTERVAL)) {
            row.next();
            longest = row.getInt(1);
        }
        Object[] window = {from.minusDays(longest), to, from};
        double[][] times = new double[2][rounds - 2];
        int agreeing = 0;
        long matched = 0;
        for (int q = 0; q < rounds; q++) {
            long start = System.nanoTime();
            Set<String> engine = new HashSet<>();
            queries.matches(IncidentFilter.all().withDates(from, to), () -> null).forEach(m -> engine.add(m.incident().id()));
            long engineDone = System.nanoTime();
            Set<String> postgis = PostgisRegionSql.ids(connection, PostgisRegionSql.OVERLAPPING_DATES, window);
            long postgisDone = System.nanoTime();
            if (q >= 2) {
                times[0][q - 2] = (engineDone - start) / 1e6;
                times[1][q - 2] = (postgisDone - engineDone) / 1e6;
                agreeing += engine.equals(postgis) ? 1 : 0;
                matched += engine.size();
            }
        }
        int n = rounds - 2;
        compare("dates " + from + ".." + to, times, n, "%d of %d rounds name the same incidents; %,d matched", agreeing, n, matched / n);
        plan("dates " + from + ".." + to, PostgisRegionSql.OVERLAPPING_DATES, window);
    }

    private static void compare(String what, double[][] times, int n, String agreement, Object... values) {
        print(what + ": engine", "%s", percentiles(times[0]));
        String[] names = {"PostGIS, Mercator edges", "PostGIS, planar edges"};
        for (int k = 1; k < times.length; k++) {
            String postgis = times.length == 2 ? "PostGIS" : names[k - 1];
            print(what + ": " + postgis, "%s; engine/PostGIS p50 %.3f, p95 %.3f", percentiles(times[k]),
                    percentile(times[0], 0.5) / percentile(times[k], 0.5), percentile(times[0], 0.95) / percentile(times[k], 0.95));
        }
        print(what + ": agreement", agreement, values);
    }

    private void plan(String what, String sql, Object... parameters) throws SQLException {
        List<String> lines = PostgisRegionSql.plan(connection, sql, parameters);
        print(what + ": PostGIS plan", "%s", String.join(" | ", lines.stream().map(String::strip)
                .map(line -> line.length() > 120 ? line.substring(0, 120) + "…" : line).toList()));
    }

    private static long symmetricDifference(Set<String> one, Set<String> two) {
        return one.stream().filter(id -> !two.contains(id)).count() + two.stream().filter(id -> !one.contains(id)).count();
    }

    static String percentiles(double[] times) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d)", percentile(times, 0.5),
                percentile(times, 0.95), percentile(times, 1), times.length);
    }

    static double percentile(double[] times, double fraction) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * fraction) - 1)];
    }

    static void print(String what, String format, Object... values) {
        System.out.printf(Locale.ROOT, "%-58s %s%n", what, String.format(Locale.ROOT, format, values));
    }
}
