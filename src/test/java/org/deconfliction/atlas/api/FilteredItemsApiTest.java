package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filtered and sorted incident items, answered by filtering and ordering the incidents before deriving attributes
 * for the page only, are exactly what encoding every incident first, then filtering, sorting and paging, answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FilteredItemsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    FeatureCollectionCatalog catalog;

    @Autowired
    FeatureFilters filters;

    /** The features and count the former way: every answer encoded completely, then filtered, sorted and paged. */
    private JsonNode everythingFirst(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        FeatureCollectionCatalog.Entry entry = catalog.find("incidents").orElseThrow();
        ItemsQuery items = ItemsQuery.parse(parameters);
        Set<String> known = filters.propertyNames(entry);
        List<ObjectNode> matched = FeatureOutput.sorted(filters.apply(entry, parameters, entry.items().apply(items)), parameters, known);
        int from = Math.min(items.offset(), matched.size());
        List<ObjectNode> page = matched.subList(from, (int) Math.min((long) from + items.limit(), matched.size())).stream()
                .map(f -> FeatureOutput.written(f, FeatureOutput.chosenProperties(parameters, known),
                        FeatureOutput.skipGeometry(parameters), items.crs())).toList();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("numberMatched", matched.size());
        answer.putArray("features").addAll(page);
        return answer;
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void filteredAndSortedPagesEqualThoseOfEncodingEverythingFirst() throws Exception {
        List<String> queries = List.of(
                "filter=" + q("category IN ('drone','rocket-artillery')") + "&sortby=-dateStart&limit=5&offset=3",
                "filter=" + q("killedMax >= 1 OR title LIKE '%Khasham%'") + "&sortby=title&limit=7",
                "sortby=" + q("-uncertaintyMetres,dateStart") + "&limit=9&offset=20",
                "filter=" + q("riverDistanceKm < 20") + "&sortby=-riverDistanceKm&limit=6",
                "filter=" + q("bank = 'east'") + "&sortby=nearestSiteKm&limit=4&offset=2",
                "side=east&filter=" + q("bankCertainty = 'uncertain' OR category = 'drone'") + "&sortby=-dateStart&limit=8",
                "near=al-tanf&km=80&sortby=" + q("-killedMin,dateStart") + "&limit=10",
                "filter=" + q("S_INTERSECTS(geometry, POLYGON((39.9 35.1, 40.9 35.1, 40.9 35.6, 39.9 35.6, 39.9 35.1)))")
                        + "&sortby=dateEnd&properties=title,dateStart,bank&limit=50",
                "bbox=170,30,45,37&sortby=-killedMax&limit=5",
                "datetime=" + q("2017-01-01/2019-12-31") + "&filter=" + q("T_INTERSECTS(INTERVAL(dateStart,dateEnd), INTERVAL('2018-01-01','2018-12-31'))")
                        + "&sortby=title&limit=100&offset=1",
                "filter=" + q("category = 'no-such-category'") + "&sortby=title");
        for (String query : queries) {
            var response = LocalApi.get(port, "/api/collections/incidents/items?" + query);
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
            JsonNode served = JSON.readTree(response.body());
            JsonNode expected = JSON.readTree(everythingFirst(query).toString()); // as written on the wire
            assertThat(served.get("numberMatched")).as(query).isEqualTo(expected.get("numberMatched"));
            assertThat(served.get("features")).as(query).isEqualTo(expected.get("features"));
        }
    }
}
