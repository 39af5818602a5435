package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** With atlas.public-url set, every API link starts with it, whatever the request's Host said. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "atlas.public-url=https://atlas.example.org")
class ConfiguredPublicUrlTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void linksUseTheConfiguredUrl() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/collections/sites/items?limit=1", "Host: evil.example\r\n", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("https://atlas.example.org/api/collections/sites/items?limit=1")
                .doesNotContain("evil.example");
    }
}
