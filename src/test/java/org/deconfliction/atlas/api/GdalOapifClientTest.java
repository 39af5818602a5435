package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
 * {@code gdal-bin}) as a real client of the API: it lists every layer, reads the flat dates as Date fields and
 * pages through every incident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GdalOapifClientTest {

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
}
