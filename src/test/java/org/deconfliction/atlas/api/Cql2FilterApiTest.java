package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Part 3 Filtering: queryables and CQL2 filters. Expected answers are computed here from the repository's records
 * (not from the API's features), the spatial ones by the query service the map uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Cql2FilterApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEIR_EZ_ZOR = "POLYGON ((39.9 35.1, 40.9 35.1, 40.9 35.6, 39.9 35.6, 39.4 35.3, 39.9 35.1))";

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentQueryService queries;

    private HttpResponse<String> filter(String filter, String language) throws Exception {
        return LocalApi.get(port, "/api/collections/incidents/items?limit=10000&filter-lang=" + language + "&filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    private Set<String> ids(String filter) throws Exception {
        return ids(filter, "cql2-text");
    }

    private Set<String> ids(String filter, String language) throws Exception {
        HttpResponse<String> response = filter(filter, language);
        assertThat(response.statusCode()).as(filter + " → " + response.body()).isEqualTo(200);
        Set<String> ids = new TreeSet<>();
        JSON.readTree(response.body()).get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private Set<String> expected(Predicate<Incident> predicate) {
        return incidents.findAll().stream().filter(predicate).map(Incident::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int killedMax(Incident i) {
        return i.casualties().totalKilledMax();
    }

    @Test
    void queryablesAreAJsonSchemaOfTheTypedProperties() throws Exception {
        HttpResponse<String> response = LocalApi.get(port, "/api/collections/incidents/queryables");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        JsonNode schema = JSON.readTree(response.body());
        assertThat(schema.get("type").asString()).isEqualTo("object");
        assertThat(schema.at("/properties/dateStart/format").asString()).isEqualTo("date");
        assertThat(schema.at("/properties/killedMax/type").asString()).isEqualTo("integer");
        assertThat(schema.at("/properties/category/type").asString()).isEqualTo("string");
        assertThat(schema.at("/properties/geometry/format").asString()).isEqualTo("geometry-point");
    }

    @Test
    void comparisonsLikeInBetweenAndNullAnswerAsTheRecordsSay() throws Exception {
        assertThat(ids("category = 'drone'")).isEqualTo(expected(i -> i.category() == IncidentCategory.DRONE)).isNotEmpty();
        assertThat(ids("category <> 'drone'")).isEqualTo(expected(i -> i.category() != IncidentCategory.DRONE));
        assertThat(ids("category IN ('drone', 'raid')")).isEqualTo(expected(i -> Set.of(IncidentCategory.DRONE, IncidentCategory.RAID).contains(i.category())));
        assertThat(ids("category NOT IN ('drone', 'raid')")).isEqualTo(expected(i -> !Set.of(IncidentCategory.DRONE, IncidentCategory.RAID).contains(i.category())));
        assertThat(ids("title LIKE '%Tanf%'")).isEqualTo(expected(i -> i.title().contains("Tanf"))).isNotEmpty();
        assertThat(ids("title NOT LIKE '%Tanf%'")).isEqualTo(expected(i -> !i.title().contains("Tanf")));
        assertThat(ids("killedMax BETWEEN 10 AND 100")).isEqualTo(expected(i -> anyKilled(i) && killedMax(i) >= 10 && killedMax(i) <= 100)).isNotEmpty();
        assertThat(ids("killedMax > 50")).isEqualTo(expected(i -> anyKilled(i) && killedMax(i) > 50));
        assertThat(ids("killedMax IS NULL")).isEqualTo(expected(i -> !anyKilled(i)));
        assertThat(ids("siteId IS NOT NULL")).isEqualTo(expected(i -> i.siteId() != null));
        assertThat(ids("uncertaintyMetres <= 1000 AND NOT (opponent = 'isis')"))
                .isEqualTo(expected(i -> i.uncertainty().radiusMetres() <= 1000 && !i.opponent().code().equals("isis")));
        assertThat(ids("opponent = 'russia' OR opponent = 'iran-backed'"))
                .isEqualTo(expected(i -> Set.of("russia", "iran-backed").contains(i.opponent().code())));
        assertThat(ids("\"datePrecision\" = 'month'")).isEqualTo(expected(i -> i.date().precision().code().equals("month")));
        assertThat(ids("dateStart >= DATE('2020-01-01')")).isEqualTo(expected(i -> !i.date().start().isBefore(LocalDate.of(2020, 1, 1))));
        assertThat(ids("TRUE")).hasSize(incidents.findAll().size());
    }

    private static boolean anyKilled(Incident i) {
        var c = i.casualties();
        return java.util.stream.Stream.of(c.sideA(), c.sideB(), c.civilians()).anyMatch(s -> s != null && s.killed() != null);
    }

    @Test
    void temporalFunctionsUseTheDateInterval() throws Exception {
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2018, 12, 31);
        assertThat(ids("T_INTERSECTS(INTERVAL(dateStart, dateEnd), INTERVAL('2018-01-01', '2018-12-31'))"))
                .isEqualTo(expected(i -> i.date().overlaps(from, to))).isNotEmpty();
        assertThat(ids("T_BEFORE(INTERVAL(dateStart, dateEnd), DATE('2016-01-01'))"))
                .isEqualTo(expected(i -> i.date().end().isBefore(LocalDate.of(2016, 1, 1))));
        assertThat(ids("T_AFTER(dateStart, TIMESTAMP('2020-06-30T12:00:00Z'))"))
                .isEqualTo(expected(i -> i.date().start().isAfter(LocalDate.of(2020, 6, 30))));
        assertThat(ids("T_INTERSECTS(INTERVAL(dateStart, dateEnd), INTERVAL('2021-01-01', '..'))"))
                .isEqualTo(expected(i -> i.date().overlaps(LocalDate.of(2021, 1, 1), null)));
    }

    @Test
    void categoryDatesAndAPolygonAnswerExactlyAsTheQueryServiceDoes() throws Exception {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate to = LocalDate.of(2019, 12, 31);
        Set<IncidentCategory> categories = Set.of(IncidentCategory.AIR_STRIKE, IncidentCategory.GROUND_CLASH, IncidentCategory.ROCKET_ARTILLERY);
        IncidentQuery question = new IncidentQuery(IncidentFilter.all().withCategories(categories).withDates(from, to),
                new SpatialCondition.InRegion(DrawnRegion.polygon(DEIR_EZ_ZOR)));
        Set<String> map = queries.run(question).answers().stream().map(a -> a.incident().id()).collect(Collectors.toCollection(TreeSet::new));

        String text = "category IN ('air-strike', 'ground-clash', 'rocket-artillery')"
                + " AND T_INTERSECTS(INTERVAL(dateStart, dateEnd), INTERVAL('2017-01-01', '2019-12-31'))"
                + " AND S_INTERSECTS(geometry, " + DEIR_EZ_ZOR + ")";
        assertThat(map).isNotEmpty();
        assertThat(ids(text)).isEqualTo(map);
        String json = """
                {"op": "and", "args": [
                  {"op": "in", "args": [{"property": "category"}, ["air-strike", "ground-clash", "rocket-artillery"]]},
                  {"op": "t_intersects", "args": [{"interval": [{"property": "dateStart"}, {"property": "dateEnd"}]}, {"interval": ["2017-01-01", "2019-12-31"]}]},
                  {"op": "s_intersects", "args": [{"property": "geometry"},
                    {"type": "Polygon", "coordinates": [[[39.9, 35.1], [40.9, 35.1], [40.9, 35.6], [39.9, 35.6], [39.4, 35.3], [39.9, 35.1]]]}]}]}""";
        assertThat(ids(json, "cql2-json")).isEqualTo(map);
    }

    @Test
    void spatialFunctionsFollowTheMapsUncertaintyRule() throws Exception {
        var region = DrawnRegion.polygon(DEIR_EZ_ZOR);
        Set<String> inside = new TreeSet<>(queries.run(new IncidentQuery(IncidentFilter.all(), new SpatialCondition.InRegion(region)))
                .answers().stream().filter(a -> a.answer() == org.deconfliction.atlas.analysis.SpatialAnswer.INSIDE).map(a -> a.incident().id()).toList());
        assertThat(ids("S_WITHIN(geometry, " + DEIR_EZ_ZOR + ")")).isEqualTo(inside);

        Set<String> nearTanf = queries.run(new IncidentQuery(IncidentFilter.all(), new SpatialCondition.NearSite("al-tanf", 55)))
                .answers().stream().map(a -> a.incident().id()).collect(Collectors.toCollection(TreeSet::new));
        var tanf = LocalApi.get(port, "/api/collections/sites/items/al-tanf");
        JsonNode point = JSON.readTree(tanf.body()).at("/geometry/coordinates");
        assertThat(ids("S_DWITHIN(geometry, POINT(" + point.get(0).asDouble() + " " + point.get(1).asDouble() + "), 55000)")).isEqualTo(nearTanf).isNotEmpty();

        Set<String> box = ids("S_INTERSECTS(geometry, BBOX(38, 34, 42, 37))");
        assertThat(box).isEqualTo(new TreeSet<>(queries.run(new IncidentQuery(IncidentFilter.all(),
                new SpatialCondition.InRegion(DrawnRegion.rectangle(38, 34, 42, 37)))).answers().stream().map(a -> a.incident().id()).toList()));
        // The same box with filter-crs EPSG:4326 is given latitude first.
        HttpResponse<String> latLon = LocalApi.get(port, "/api/collections/incidents/items?limit=10000&filter-crs=http://www.opengis.net/def/crs/EPSG/0/4326&filter="
                + URLEncoder.encode("S_INTERSECTS(geometry, POLYGON((34 38, 34 42, 37 42, 37 38, 34 38)))", StandardCharsets.UTF_8));
        Set<String> swapped = new TreeSet<>();
        JSON.readTree(latLon.body()).get("features").forEach(f -> swapped.add(f.get("id").asString()));
        assertThat(swapped).isEqualTo(box);
    }

    @Test
    void bankIsAPropertyFilterAndSideIsTheQuestion() throws Exception {
        Set<String> certainEast = ids("bank = 'east' AND bankCertainty = 'certain'");
        Set<String> side = new TreeSet<>();
        JSON.readTree(LocalApi.get(port, "/api/collections/incidents/items?side=east&limit=10000").body()).get("features")
                .forEach(f -> side.add(f.get("id").asString()));
        assertThat(side).containsAll(certainEast);
        Set<String> uncertain = new TreeSet<>(side);
        uncertain.removeAll(certainEast);
        assertThat(ids("bankCertainty = 'uncertain'")).containsAll(uncertain);
    }

    @Test
    void malformedFiltersAre400sNamingThePosition() throws Exception {
        String[][] cases = {
                {"category = 'drone'", null},
                {"(category = 'drone'", "character 20"},
                {"category = 'drone')", "character 19"},
                {"tanks = 3", "character 1"},
                {"category = 3", "character 12"},
                {"killedMax = 'many'", "character 13"},
                {"category = 'drone", "character 12"},
                {"category == 'drone'", "character 11"},
                {"S_CROSSES(geometry, POINT(40 35))", "character 1"},
                {"S_INTERSECTS(geometry, POLYGON((40 35, 41 35))", "character"},
                {"T_INTERSECTS(dateStart, DATE('2018-13-01'))", "character 30"},
                {"title LIKE 5", "character 12"},
                {"category = 'a'; DROP TABLE incidents", "character 15"},
                {"${jndi:ldap://x}", "character 1"},
                {"java.lang.Runtime.getRuntime().exec('id') = 1", "character"}};
        for (String[] c : cases) {
            HttpResponse<String> response = filter(c[0], "cql2-text");
            if (c[1] == null) {
                assertThat(response.statusCode()).isEqualTo(200);
                continue;
            }
            assertThat(response.statusCode()).as(c[0] + " → " + response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("parameter").asString()).isEqualTo("filter");
            assertThat(problem.get("detail").asString()).as(c[0]).contains(c[1]);
        }
        HttpResponse<String> json = filter("{\"op\": \"=\", \"args\": [{\"property\": \"category\"}]}", "cql2-json");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(json.body()).get("detail").asString()).contains("/args");
        assertThat(filter("{\"op\": \"eval\", \"args\": []}", "cql2-json").statusCode()).isEqualTo(400);
        assertThat(filter("category = 'drone'", "cql3").statusCode()).isEqualTo(400);
    }

    @Test
    void deepNestingAndHugeFiltersAreRefusedQuickly() throws Exception {
        String deep = "(".repeat(2000) + "category = 'drone'" + ")".repeat(2000);
        String nots = "NOT ".repeat(2000) + "category = 'drone'";
        String huge = "TRUE AND ".repeat(120_000) + "TRUE";
        String deepJson = "{\"op\": \"not\", \"args\": [".repeat(2000) + "true" + "]}".repeat(2000);
        for (String[] c : new String[][] {{deep, "cql2-text"}, {nots, "cql2-text"}, {huge, "cql2-text"}, {deepJson, "cql2-json"}}) {
            long start = System.nanoTime();
            HttpResponse<String> response = postFilter(c[0], c[1]);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo("filter");
        }
    }

    private HttpResponse<String> postFilter(String filter, String language) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/collections/incidents/items"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("filter-lang=" + language + "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void otherCollectionsFilterTheirOwnProperties() throws Exception {
        HttpResponse<String> bases = LocalApi.get(port, "/api/collections/sites/items?filter=" + URLEncoder.encode("kind = 'base'", StandardCharsets.UTF_8));
        assertThat(bases.statusCode()).isEqualTo(200);
        JSON.readTree(bases.body()).get("features").forEach(f -> assertThat(f.at("/properties/kind").asString()).isEqualTo("base"));
        HttpResponse<String> river = LocalApi.get(port, "/api/collections/rivers/items?filter="
                + URLEncoder.encode("S_INTERSECTS(geometry, BBOX(40, 35, 41, 36))", StandardCharsets.UTF_8));
        assertThat(JSON.readTree(river.body()).get("numberMatched").asInt()).isEqualTo(1);
    }

}
