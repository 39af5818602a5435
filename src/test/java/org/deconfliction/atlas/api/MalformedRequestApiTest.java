package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that used to be answered 500 (or 200 with a silent guess) over a real socket: each is now a 4xx RFC 9457
 * problem naming the parameter, and none writes a stack trace to the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INCIDENTS = "/api/collections/incidents/items";
    private static final String SQUARE = "POLYGON ((39.9 35.1, 40.6 35.1, 40.6 35.5, 39.9 35.5, 39.9 35.1))";

    @Value("${local.server.port}")
    int port;

    private JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        return JSON.readTree(answer.body());
    }

    private JsonNode problemFor(String target, int status) throws Exception {
        return problem(RawHttp.get(port, target), status);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void badPercentEncodingIsA400NamingTheParameterWithoutAStackTraceInTheLog(CapturedOutput output) throws Exception {
        for (String value : List.of("%ZZ", "%", "%C0%AE", "%FF%FE")) {
            JsonNode problem = problemFor(INCIDENTS + "?bank=" + value, 400);
            assertThat(problem.get("parameter").asString()).isEqualTo("bank");
            assertThat(problem.get("detail").asString()).contains("Parameter 'bank' has a value");
        }
        assertThat(problemFor("/?bank=%ZZ", 400).get("parameter").asString()).isEqualTo("bank");
        assertThat(output.getAll()).contains("Refused 400 GET " + INCIDENTS).doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void anEmptyNameTooManyParametersAndRepeatedParametersAre400s() throws Exception {
        assertThat(problemFor(INCIDENTS + "?=east", 400).get("detail").asString()).contains("empty name");
        StringBuilder many = new StringBuilder("?p0=0");
        for (int i = 1; i <= 1000; i++) {
            many.append("&p").append(i).append("=1");
        }
        assertThat(problemFor(INCIDENTS + many, 400).get("detail").asString()).contains("more than 1,000 parameters");
        JsonNode repeated = problemFor(INCIDENTS + "?bank=east&bank=west", 400);
        assertThat(repeated.get("parameter").asString()).isEqualTo("bank");
        assertThat(repeated.get("detail").asString()).contains("is given 2 times");
    }

    @Test
    void bboxNanHexAndSuffixedNumbersAreRefusedOnEveryCollection() throws Exception {
        for (String collection : List.of("sites", "incidents", "rivers", "lines", "zones")) {
            for (String bbox : List.of("NaN,NaN,NaN,NaN", "0x1p3,30,42,37", "1d,2f,3D,4F", "Infinity,30,42,37")) {
                JsonNode problem = problemFor("/api/collections/" + collection + "/items?bbox=" + bbox, 400);
                assertThat(problem.get("parameter").asString()).isEqualTo("bbox");
            }
        }
        for (String limit : List.of("%D9%A5", "%EF%BC%95", "5.0", "0x10")) {
            assertThat(problemFor(INCIDENTS + "?limit=" + limit, 400).get("parameter").asString()).isEqualTo("limit");
        }
    }

    @Test
    void looseWktIsRefusedNamingTheRegion() throws Exception {
        for (String wkt : List.of(SQUARE + " trailing", SQUARE + ")",
                "POLYGON Z ((39.9 35.1 1, 40.6 35.1 1, 40.6 35.5 1, 39.9 35.1 1))",
                "POLYGON ((39.9 35.1 1, 40.6 35.1 1, 40.6 35.5 1, 39.9 35.1 1))",
                "GEOMETRYCOLLECTION (".repeat(1500) + "POINT (1 2)" + ")".repeat(1500))) {
            RawHttp.Answer answer = RawHttp.send(port, "POST", INCIDENTS, "Content-Type: application/x-www-form-urlencoded\r\n",
                    ("region=" + encoded(wkt)).getBytes(StandardCharsets.US_ASCII));
            JsonNode problem = problem(answer, 400);
            assertThat(problem.get("parameter").asString()).isEqualTo("region");
        }
        JsonNode z = problem(RawHttp.get(port, INCIDENTS + "?region="
                + encoded("POLYGON Z ((39.9 35.1 1, 40.6 35.1 1, 40.6 35.5 1, 39.9 35.1 1))")), 400);
        assertThat(z.get("detail").asString()).contains("Z or M values");
    }

    @Test
    void aFormBodyOverTwoMegabytesIsA413NamingTheLimit() throws Exception {
        byte[] body = ("region=" + "1".repeat(2 * 1024 * 1024 + 10)).getBytes(StandardCharsets.US_ASCII);
        JsonNode problem = problem(RawHttp.send(port, "POST", INCIDENTS,
                "Content-Type: application/x-www-form-urlencoded\r\n", body), 413);
        assertThat(problem.get("detail").asString()).contains("larger than 2,097,152 bytes (2 MB)");
    }

    @Test
    void multipartWithoutABoundaryAndTheErrorPageAreRefused() throws Exception {
        JsonNode multipart = problem(RawHttp.send(port, "POST", INCIDENTS, "Content-Type: multipart/form-data\r\n",
                "bank=east".getBytes(StandardCharsets.US_ASCII)), 400);
        assertThat(multipart.get("parameter").asString()).isEqualTo("Content-Type");
        problemFor("/error", 404);
    }
}
