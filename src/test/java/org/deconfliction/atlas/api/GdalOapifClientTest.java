package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * GDAL's OAPIF driver (the {@code ogrinfo} of the machine's GDAL; {@code .ci/run} installs Debian's
 * {@code gdal-bin}) as a real client of the API: it lists every layer, reads the flat dates as Date fields, pages
 * through every incident, and pushes a {@code -where} down to the server as a CQL filter, which the server records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GdalOapifClientTest.ItemsRequests.class)
class GdalOapifClientTest {

    /** Records, on the server, the decoded query of every request for the incidents' items. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ItemsRequests {

        static final List<Map<String, String>> SEEN = new CopyOnWriteArrayList<>();

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> itemsRequestRecorder() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (request.getRequestURI().equals("/api/collections/incidents/items")) {
                        Map<String, String> query = new TreeMap<>();
                        request.getParameterMap().forEach((name, values) -> query.put(name, values[0]));
                        SEEN.add(query);
                    }
                    chain.doFilter(request, response);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
            return registration;
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    /** Runs ogrinfo with the arguments and returns what it printed; fails the test when it fails. */
    static String ogrinfo(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro", "--config", "GDAL_HTTP_TIMEOUT", "60"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ogrinfo finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private String api() {
        return "OAPIF:http://localhost:" + port + "/api";
    }

    @Test
    void listsEveryCollectionAsALayer() throws Exception {
        String layers = ogrinfo(List.of(api()));

        assertThat(layers).contains("1: sites", "2: incidents (title: Incidents) (Point)", "3: rivers", "4: lines", "5: zones (title: Deconfliction zones) (Polygon)");
    }

    @Test
    void readsTheIncidentsDatesAsDateAndTheirTemporalExtent() throws Exception {
        String summary = ogrinfo(List.of("-so", api(), "incidents"));

        assertThat(summary).contains("dateStart: Date", "dateEnd: Date", "uncertaintyMetres: Integer", "killedMax: Integer",
                "riverDistanceKm: Real", "TEMPORAL_INTERVAL_MIN=2014-");
        assertThat(summary).contains("Feature Count: " + incidents.findAll().size());
    }

    @Test
    void pagesThroughEveryIncidentInSmallPages() throws Exception {
        String all = ogrinfo(List.of("-oo", "PAGE_SIZE=7", "-al", api(), "incidents"));

        TreeSet<String> read = new TreeSet<>();
        Matcher ids = Pattern.compile("(?m)^\\s+id \\(String\\) = (.+)$").matcher(all);
        while (ids.find()) {
            read.add(ids.group(1).strip());
        }
        assertThat(read).isEqualTo(new TreeSet<>(incidents.findAll().stream().map(Incident::id).toList()));
        Matcher dates = Pattern.compile("(?m)^\\s+dateStart \\(Date\\) = (\\d{4}/\\d{2}/\\d{2})$").matcher(all);
        int dated = 0;
        while (dates.find()) {
            dated++;
        }
        assertThat(dated).isEqualTo(incidents.findAll().size());
    }

    @Test
    void pushesAWhereDownToTheServerAsACqlFilterAndCountsWhatTheServerAdmits() throws Exception {
        long drones = incidents.findAll().stream().filter(i -> i.category().code().equals("drone")).count();
        assertThat(drones).as("shipped drone incidents").isPositive();
        ItemsRequests.SEEN.clear();

        String summary = ogrinfo(List.of("-so", "-where", "category = 'drone'", api(), "incidents"));

        assertThat(summary).contains("Feature Count: " + drones);
        assertThat(ItemsRequests.SEEN).as("requests for the incidents' items").isNotEmpty()
                .anySatisfy(query -> assertThat(query).containsEntry("filter", "category = 'drone'")
                        .containsEntry("filter-lang", "cql-text"));
        assertThat(ItemsRequests.SEEN.stream().filter(query -> query.containsKey("filter")).count())
                .as("pages read with the filter, instead of every incident read and filtered by GDAL").isPositive();
        assertThat(ItemsRequests.SEEN.stream().filter(query -> !query.containsKey("filter")
                && query.containsKey("offset")).count()).as("unfiltered pages after the first").isZero();

        String combined = ogrinfo(List.of("-so", "-where", "category = 'drone' OR killedMax >= 10", api(), "incidents"));
        assertThat(combined).contains("Feature Count: " + matchedByTheServer("category='drone' OR killedMax >= 10"));
        assertThat(ItemsRequests.SEEN).anySatisfy(query -> assertThat(query.get("filter"))
                .isEqualTo("(category = 'drone') OR (killedMax >= 10)"));
    }

    /** How many incidents the server's own filter admits. */
    private int matchedByTheServer(String filter) throws Exception {
        var answer = LocalApi.get(port, "/api/collections/incidents/items?limit=1&filter="
                + java.net.URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body()).get("numberMatched").asInt();
    }
}
