package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentMatch;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ListedQueries;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * A filter and an order compiled over the incidents give the same page, in the same order, and the same count as
 * the same filter and order tested on every answer's complete GeoJSON feature, for many generated filters (own
 * fields, derived attributes, LIKE, nested properties, temporal and spatial functions under AND, OR and NOT) over
 * 3,000 generated incidents, with and without dates, a box and a spatial parameter. The incidents' points are at
 * 6 decimals, as their features write them, so the spatial tests read the same point either way.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompiledIncidentFilterTest {

    private static final int INCIDENTS = 3_000;
    private static final int FILTERS = 600;

    @Autowired
    SpatialAnalysis analysis;

    @Autowired
    SiteRepository siteRepository;

    @Autowired
    IncidentRepository shipped;

    private IncidentQueryService queries;
    private Queryables queryables;
    private List<Site> sites;
    private final Map<Map<String, String>, List<ObjectNode>> featuresByRequest = new HashMap<>();

    @BeforeAll
    void generate() {
        sites = siteRepository.findAll();
        List<Incident> incidents = new SyntheticIncidents(sites, shipped.findAll(), 7).stream(INCIDENTS)
                .map(CompiledIncidentFilterTest::atSixDecimals).toList();
        queries = ListedQueries.over(ListedQueries.repository(incidents), analysis, Duration.ofMinutes(5));
        // With the answers to a spatial parameter, so that filters may name their property answer too.
        queryables = Queryables.of(java.util.stream.Stream.concat(features(Map.of()).stream(),
                features(Map.of("side", "east")).stream()).toList());
    }

    private static Incident atSixDecimals(Incident i) {
        return new Incident(i.id(), i.title(), i.summary(), i.category(), i.actors(), i.opponent(), i.casualties(), i.place(),
                i.siteId(), Wgs84.point(Math.round(i.location().getX() * 1e6) / 1e6, Math.round(i.location().getY() * 1e6) / 1e6),
                i.uncertainty(), i.date(), i.timeOfDay(), i.country(), i.sources(), i.disagreements());
    }

    /** Every answer to the request's dates, box and spatial parameter as its complete feature, in the answers' order. */
    private List<ObjectNode> features(Map<String, String> parameters) {
        return featuresByRequest.computeIfAbsent(parameters, p -> {
            ItemsQuery query = ItemsQuery.parse(p);
            boolean spatial = SpatialParameters.NAMES.stream().anyMatch(p::containsKey);
            List<IncidentMatch> matches = queries.matches(IncidentFilter.all().withDates(query.from(), query.to()),
                    () -> SpatialParameters.parse(p));
            return matches.stream().filter(m -> query.bbox() == null || query.bbox().covers(m.incident().location().getCoordinate()))
                    .map(m -> IncidentItems.feature(new IncidentAnswer(m.incident(), m.answer(), queries.attributes(m.incident())), spatial))
                    .toList();
        });
    }

    @Test
    void compiledFiltersAndOrdersAnswerAsTheFeatureBasedEvaluation() {
        Random random = new Random(2026);
        List<Map<String, String>> requests = List.of(Map.of(), Map.of("datetime", "2016-01-01/2019-06-30"),
                Map.of("side", "east"), Map.of("bbox", "38,34,41,36.5"), Map.of("nearRiver", "15", "datetime", "2015-01-01/.."));
        int matchedSomething = 0;
        for (int f = 0; f < FILTERS; f++) {
            Map<String, String> parameters = new LinkedHashMap<>(requests.get(random.nextInt(requests.size())));
            String filter = filter(random, 0, parameters.containsKey("side") || parameters.containsKey("nearRiver"));
            String sortby = sortby(random);
            parameters.put("offset", String.valueOf(random.nextInt(4) == 0 ? random.nextInt(50) : 0));
            parameters.put("limit", String.valueOf(1 + random.nextInt(random.nextBoolean() ? 20 : 2_000)));
            if (sortby != null) {
                parameters.put("sortby", sortby);
            }
            ItemsQuery query = ItemsQuery.parse(parameters);
            Cql2 parsed = Cql2Text.parse(filter, queryables, OutputCrs.CRS84);

            FilteredIncidentPages.Selected compiled = FilteredIncidentPages.select(queries,
                    new FilteredIncidentPages.Request(query, parsed, FeatureOutput.sortKeys(parameters)), Long.MAX_VALUE);

            Map<String, String> answering = new HashMap<>(parameters);
            List.of("offset", "limit", "sortby").forEach(answering::remove);
            Cql2Evaluation evaluation = new Cql2Evaluation(parsed);
            List<ObjectNode> passing = new ArrayList<>(features(answering).stream()
                    .filter(feature -> evaluation.test(feature, () -> FeatureOutput.geometry(feature))).toList());
            Comparator<ObjectNode> order = FeatureOutput.order(parameters, queryables.names());
            if (order != null) {
                passing.sort(order);
            }
            List<String> expected = passing.stream().skip(query.offset()).limit(query.limit()).map(feature -> feature.get("id").asString()).toList();
            String request = parameters + " filter=" + filter;
            assertThat(compiled.numberMatched()).as(request).isEqualTo(passing.size());
            assertThat(compiled.page().stream().map(feature -> feature.get("id").asString()).toList()).as(request).isEqualTo(expected);
            assertThat(compiled.page()).as(request).isEqualTo(passing.stream().skip(query.offset()).limit(query.limit()).toList());
            matchedSomething += passing.isEmpty() || passing.size() == features(answering).size() ? 0 : 1;
        }
        assertThat(matchedSomething).as("filters that keep some answers and leave out others").isGreaterThan(FILTERS / 3);
    }

    private String filter(Random random, int depth, boolean spatial) {
        int pick = random.nextInt(depth >= 2 ? 10 : 14);
        return switch (pick) {
            case 10, 11 -> "(" + filter(random, depth + 1, spatial) + (pick == 10 ? " AND " : " OR ") + filter(random, depth + 1, spatial) + ")";
            case 12 -> "NOT (" + filter(random, depth + 1, spatial) + ")";
            case 13 -> "(" + filter(random, depth + 1, spatial) + " AND " + filter(random, depth + 1, spatial) + " AND "
                    + filter(random, depth + 1, spatial) + ")";
            default -> leaf(random, spatial);
        };
    }

    private static final String[] CATEGORIES = {"drone", "air-strike", "ground-clash", "rocket-artillery", "raid", "troop-movement", "other"};
    private static final String[] OPPONENTS = {"russia", "syrian-government", "iran-backed", "isis", "unknown"};
    private static final String[] WORDS = {"%strike%", "%convoy%", "%Raqqa%", "D%", "%a_r%", "%", "%clash", "%base%"};

    private String leaf(Random r, boolean spatial) {
        java.time.LocalDate first = java.time.LocalDate.of(2015 + r.nextInt(7), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String day = first.toString();
        String later = first.plusDays(r.nextInt(900)).toString();
        double lon = 36 + r.nextDouble() * 6;
        double lat = 33 + r.nextDouble() * 4;
        return switch (r.nextInt(spatial ? 31 : 30)) {
            case 0 -> "category = '" + pick(r, CATEGORIES) + "'";
            case 1 -> "category IN ('" + pick(r, CATEGORIES) + "', '" + pick(r, CATEGORIES) + "')";
            case 2 -> "opponent <> '" + pick(r, OPPONENTS) + "'";
            case 3 -> "dateStart >= DATE('" + day + "')";
            case 4 -> "dateEnd < '" + (r.nextBoolean() ? day : day.substring(0, 4 + r.nextInt(3))) + "'";
            case 5 -> "dateStart = dateEnd";
            case 6 -> "killedMax > " + r.nextInt(6);
            case 7 -> "killedMin IS NULL";
            case 8 -> "woundedMax BETWEEN 1 AND " + (1 + r.nextInt(10));
            case 9 -> "uncertaintyMetres <= " + (500 + r.nextInt(20_000));
            case 10 -> "title LIKE '" + pick(r, WORDS) + "'";
            case 11 -> "summary LIKE '" + pick(r, WORDS) + "'";
            case 12 -> "timeOfDay IS NOT NULL";
            case 13 -> "bank = '" + (r.nextBoolean() ? "east" : "west") + "'";
            case 14 -> "bankCertainty = 'certain'";
            case 15 -> "riverDistanceKm < " + r.nextInt(60);
            case 16 -> "nearestSiteKm > " + r.nextInt(30);
            case 17 -> "nearestSite = '" + sites.get(r.nextInt(sites.size())).id() + "'";
            case 18 -> "T_INTERSECTS(INTERVAL(dateStart, dateEnd), INTERVAL('" + day + "', '" + later + "'))";
            case 19 -> "T_BEFORE(dateEnd, DATE('" + day + "'))";
            case 20 -> "T_DURING(INTERVAL(dateStart, dateEnd), INTERVAL('" + day + "', '..'))";
            case 21 -> String.format(java.util.Locale.ROOT, "S_INTERSECTS(geometry, BBOX(%.3f, %.3f, %.3f, %.3f))", lon, lat, lon + 1.5, lat + 1);
            case 22 -> String.format(java.util.Locale.ROOT, "S_WITHIN(geometry, POLYGON((%.3f %.3f, %.3f %.3f, %.3f %.3f, %.3f %.3f)))",
                    lon, lat, lon + 2, lat + 0.3, lon + 0.7, lat + 1.8, lon, lat);
            case 23 -> String.format(java.util.Locale.ROOT, "S_DWITHIN(geometry, POINT(%.3f %.3f), %d)", lon, lat, 5_000 + r.nextInt(80_000));
            case 24 -> String.format(java.util.Locale.ROOT, "S_DISJOINT(geometry, BBOX(%.3f, %.3f, %.3f, %.3f))", lon, lat, lon + 2, lat + 2);
            case 25 -> r.nextBoolean() ? "actors IS NULL" : "casualties IS NOT NULL";
            case 26 -> "datePrecision = '" + (r.nextBoolean() ? "day" : "month") + "' AND locationPrecision <> 'exact'";
            case 27 -> "killedMin < killedMax";
            case 28 -> "country = 'SY' AND place LIKE '%a%'";
            case 29 -> r.nextBoolean() ? "TRUE" : "actorsSideB LIKE '%" + (r.nextBoolean() ? "ISIS" : "Russia") + "%'";
            default -> "answer = '" + (r.nextBoolean() ? "inside" : "uncertain") + "'";
        };
    }

    private static String sortby(Random r) {
        String[] keys = {"dateStart", "-dateStart", "-killedMax", "category", "riverDistanceKm", "-nearestSiteKm", "title",
            "timeOfDay", "-uncertaintyMetres", "bank", "nearestSite"};
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> pick(r, keys);
            default -> pick(r, keys) + "," + pick(r, keys);
        };
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
