package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A filter tests a LIKE or a nested property on at most {@code atlas.api.max-text-tested} incidents in one request
 * (here 20 of the 63 shipped): more are refused with a problem naming the filter and how to narrow it. Terms on
 * the incidents' own fields, derived attributes and places, and orders, have no such limit, and a LIKE behind a
 * term that leaves fewer incidents than the limit is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.api.max-text-tested=20")
class FilteredItemsLimitTest {

    @Value("${local.server.port}")
    int port;

    private java.net.http.HttpResponse<String> filter(String filter) throws Exception {
        return LocalApi.get(port, "/api/collections/incidents/items?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    @Test
    void aLikeOverMoreIncidentsThanTheLimitIsRefusedNamingTheFilter() throws Exception {
        var response = filter("title LIKE '%strike%'");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("filter").contains("tests LIKE or a nested property on more than 20 incidents")
                .contains("narrow it first with bbox, datetime");
    }

    @Test
    void termsOnTheIncidentsFieldsAndOrdersOverEveryIncidentAreAnswered() throws Exception {
        var filtered = filter("category = 'drone' OR (killedMax > 1 AND bank = 'east')");
        var sorted = LocalApi.get(port, "/api/collections/incidents/items?sortby=-dateStart");

        assertThat(filtered.statusCode()).isEqualTo(200);
        assertThat(filtered.body()).contains("\"numberMatched\"");
        assertThat(sorted.statusCode()).isEqualTo(200);
    }

    @Test
    void aLikeBehindATermThatLeavesFewerThanTheLimitIsAnswered() throws Exception {
        var response = filter("title LIKE '%drone%' AND category = 'drone' AND dateStart >= '2019-01-01'");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"numberMatched\"");
    }

    @Test
    void anOrderByANestedPropertyIsRefusedNamingTheSortOrder() throws Exception {
        var response = LocalApi.get(port, "/api/collections/incidents/items?sortby=casualties");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("sortby").contains("nested");
    }
}
