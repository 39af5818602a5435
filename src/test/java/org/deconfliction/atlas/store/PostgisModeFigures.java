package org.deconfliction.atlas.store;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The API's count and first page as a client gets them from a running application (real HTTP on its port, the
 * items request with {@code limit=10}, anonymous reading): for drawn 200-vertex regions ({@code region=<WKT>}), for
 * "east of the Euphrates" ({@code side=east}) and for the year 2018 ({@code datetime}); first request, median and
 * p95 after a warm-up, numbers matched and bytes per response. For the benchmarks of a store at scale.
 */
final class PostgisModeFigures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern MATCHED = Pattern.compile("\"numberMatched\"\\s*:\\s*(\\d+)");

    private PostgisModeFigures() {
    }

    /** Prints the figures of the three kinds of question; {@code regions} are the regions' WKT, 20 of them warm-up. */
    static void countAndFirstPage(ConfigurableApplicationContext app, List<String> regions) throws InterruptedException {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        latency(port, "API 200-vertex region: count + first page", regions.stream()
                .map(wkt -> "region=" + URLEncoder.encode(wkt, StandardCharsets.UTF_8)).toList());
        latency(port, "API east of the Euphrates: count + first page", Collections.nCopies(12, "side=east"));
        latency(port, "API 2018 only: count + first page", Collections.nCopies(40, "datetime=2018-01-01/2018-12-31"));
    }

    private static void latency(int port, String what, List<String> queries) throws InterruptedException {
        int warmUp = Math.min(20, Math.max(2, queries.size() / 4));
        double[] times = new double[queries.size() - warmUp];
        double first = 0;
        long matched = 0;
        long bytes = 0;
        for (int q = 0; q < queries.size(); q++) {
            URI uri = URI.create("http://localhost:" + port + "/api/collections/incidents/items?limit=10&" + queries.get(q));
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.out.printf(Locale.ROOT, "%-48s request %d failed: %s%n", what, q + 1, e.getMessage());
                return;
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                System.out.printf(Locale.ROOT, "%-48s request %d answered %d: %.300s%n", what, q + 1, response.statusCode(), response.body());
                return;
            }
            first = q == 0 ? ms : first;
            if (q >= warmUp) {
                times[q - warmUp] = ms;
                Matcher m = MATCHED.matcher(response.body());
                matched += m.find() ? Long.parseLong(m.group(1)) : 0;
                bytes += response.body().length();
            }
        }
        SideBySideQuestions.print(what, "first %.0f ms, then %s; %,d matched on average, %,d bytes", first,
                SideBySideQuestions.percentiles(times), matched / times.length, bytes / times.length);
    }
}
