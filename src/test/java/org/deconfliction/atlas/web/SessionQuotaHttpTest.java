package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** The session caps over real HTTP, with two loopback addresses standing for two visitors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"atlas.sessions.max-per-address=2", "atlas.sessions.max-total=3"})
class SessionQuotaHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpClient otherVisitor = otherAddress();

    @Value("${local.server.port}")
    int port;

    /** A client connecting from 127.0.0.2, another loopback address. */
    private static HttpClient otherAddress() {
        try {
            return HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> page(String from, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return (from.equals("127.0.0.2") ? otherVisitor : http).send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void newSessionsBeyondTheCapsGetAPoliteRefusalWhileOpenOnesAndTheApiGoOn() throws Exception {
        HttpResponse<String> first = page("127.0.0.1", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("SameSite=Lax"));
        assertThat(page("127.0.0.1", null).statusCode()).isEqualTo(200);

        HttpResponse<String> third = page("127.0.0.1", null);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("300");
        assertThat(third.body()).contains("<h1>Too many sessions</h1>").contains("already has 2 open sessions");

        assertThat(page("127.0.0.1", cookie(first)).statusCode()).as("an open session goes on").isEqualTo(200);
        HttpResponse<String> other = page("127.0.0.2", null);
        assertThat(other.statusCode()).as("another visitor: " + other.body()).isEqualTo(200);
        HttpResponse<String> full = page("127.0.0.2", null);
        assertThat(full.statusCode()).isEqualTo(503);
        assertThat(full.body()).contains("as many visitors as it can serve well (3 open sessions)");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/collections")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
