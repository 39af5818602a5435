package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A filter or a sort order is tested on at most {@code atlas.api.max-filtered} incidents in one request (here 20 of
 * the 63 shipped), because each is encoded as a feature first: more are refused with a problem naming the parameter
 * and how to narrow the request, and a request narrowed below the limit is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "atlas.api.max-filtered=20")
class FilteredItemsLimitTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void aFilterOverMoreIncidentsThanTheLimitIsRefusedNamingTheFilter() throws Exception {
        var response = LocalApi.get(port, "/api/collections/incidents/items?filter=category%3D%27drone%27");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("filter").contains("would be tested on 63 incidents")
                .contains("at most 20").contains("narrow it first with bbox, datetime");
    }

    @Test
    void aSortOverMoreIncidentsThanTheLimitIsRefusedNamingTheSortOrder() throws Exception {
        var response = LocalApi.get(port, "/api/collections/incidents/items?sortby=-dateStart");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("sortby").contains("would be tested on 63 incidents");
    }

    @Test
    void aFilterNarrowedBelowTheLimitByItsDatesIsAnswered() throws Exception {
        var response = LocalApi.get(port, "/api/collections/incidents/items?datetime=2018-02-01/2018-02-28&filter=category%3D%27drone%27");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"numberMatched\"");
    }
}
