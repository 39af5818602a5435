package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Security headers on every answer, and API links that never copy a foreign Host header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HeadersAndLinksTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (String target : new String[] {"/", "/api/collections", "/api/collections/incidents/items?bank=%ZZ"}) {
            String head = RawHttp.get(port, target).head();
            assertThat(head).as(target).contains("Content-Security-Policy: default-src 'self'")
                    .contains("frame-ancestors 'none'").contains("X-Content-Type-Options: nosniff")
                    .contains("Referrer-Policy: no-referrer");
        }
    }

    @Test
    void aForeignHostHeaderIsNotReflectedIntoLinks() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/collections", "Host: evil.example\r\n", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("evil.example").contains("http://127.0.0.1:" + port + "/api/collections");

        RawHttp.Answer local = RawHttp.send(port, "GET", "/api/collections", "Host: localhost:" + port + "\r\n", null);
        assertThat(local.body()).contains("http://localhost:" + port + "/api/collections");
    }
}
