package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With atlas.public-url set (here to an address behind a proxy that serves the atlas under a path), every API link
 * starts with it, whatever the request's Host said.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "atlas.public-url=https://maps.example.org/atlas/")
class ConfiguredPublicUrlTest {

    private static final String BASE = "https://maps.example.org/atlas/api";

    @Value("${local.server.port}")
    int port;

    private JsonNode get(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET", target, "Host: evil.example\r\n", null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("evil.example").doesNotContain("localhost");
        return JsonMapper.builder().build().readTree(answer.body());
    }

    @Test
    void linksUseTheConfiguredUrlAndItsPath() throws Exception {
        JsonNode page = get("/api/collections/sites/items?limit=1");
        assertThat(page.get("links").findValuesAsString("href")).contains(
                BASE + "/collections/sites/items?limit=1&offset=0", BASE + "/collections/sites/items?limit=1&offset=1",
                BASE + "/collections/sites");

        assertThat(get("/api").get("links").findValuesAsString("href")).allMatch(href -> href.matches("\\Q" + BASE + "\\E([/?].*)?"))
                .contains(BASE + "/openapi", BASE + "/conformance", BASE + "/collections");
        assertThat(get("/api/openapi").at("/servers/0/url").asString()).isEqualTo(BASE);
        assertThat(get("/api/collections/incidents").get("links").findValuesAsString("href"))
                .allMatch(href -> href.startsWith(BASE + "/collections/incidents"));
    }
}
