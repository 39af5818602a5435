package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * QGIS (Debian's {@code python3-qgis}, which {@code .ci/run} installs) as a real client of the API, headless: it
 * accepts every collection as an OAPIF layer, reads all their features, sees the incidents' flat dates as Date
 * fields and integers as Integer, and its temporal controller, driven by {@code dateStart} and {@code dateEnd},
 * shows on a day exactly the incidents whose date span covers it. On a machine without QGIS the test is skipped
 * with a message saying how to install it; in CI ({@code CI=true}) it must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QgisOapifClientTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final LocalDate KHASHAM = LocalDate.of(2018, 2, 7);

    @Value("${local.server.port}")
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    SiteRepository sites;

    @Test
    void qgisLoadsEveryCollectionWithDateFieldsAndDrivesItsTemporalControllerFromThem() throws Exception {
        Map<String, JsonNode> layers = qgisLayers(KHASHAM);

        assertThat(layers.keySet()).containsExactlyInAnyOrder("sites", "incidents", "rivers", "lines", "zones");
        assertThat(layers.values()).allSatisfy(layer -> assertThat(layer.get("valid").asBoolean()).as(layer.toString()).isTrue());
        assertThat(layers.get("incidents").get("features").asInt()).isEqualTo(incidents.findAll().size());
        assertThat(layers.get("sites").get("features").asInt()).isEqualTo(sites.findAll().size());
        JsonNode fields = layers.get("incidents").get("fields");
        assertThat(fields.get("dateStart").asString()).isEqualTo("Date");
        assertThat(fields.get("dateEnd").asString()).isEqualTo("Date");
        assertThat(fields.get("killedMin").asString()).isEqualTo("Integer");
        assertThat(fields.get("uncertaintyMetres").asString()).isEqualTo("Integer");

        List<String> shown = new ArrayList<>();
        layers.get("incidents").get("shownOnDay").forEach(id -> shown.add(id.asString()));
        List<String> covering = incidents.findAll().stream().filter(incident -> incident.date().overlaps(KHASHAM, KHASHAM))
                .map(Incident::id).sorted().toList();
        assertThat(covering).contains("battle-of-khasham-2018");
        assertThat(shown).isEqualTo(covering);
    }

    /** Runs the QGIS script against this server; returns its report per collection id. */
    private Map<String, JsonNode> qgisLayers(LocalDate day) throws IOException, InterruptedException {
        requireQgis();
        Path script = Path.of("src/test/resources/qgis/load_oapif_layers.py").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), script.toString(),
                "http://localhost:" + port + "/api", day.toString());
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        Path errors = Files.createTempFile("qgis", ".log");
        Process process = builder.redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("QGIS finished").isTrue();
        assertThat(process.exitValue()).as("QGIS's exit status; it wrote: " + Files.readString(errors)).isZero();
        Files.delete(errors);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> layers = new TreeMap<>();
        out.lines().filter(line -> line.startsWith("{")).map(json::readTree).forEach(layer -> layers.put(layer.get("id").asString(), layer));
        return layers;
    }

    private static void requireQgis() throws InterruptedException, IOException {
        boolean present = Files.isExecutable(PYTHON)
                && new ProcessBuilder(PYTHON.toString(), "-c", "import qgis.core").start().waitFor() == 0;
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("QGIS's Python bindings are missing in CI: .ci/run installs Debian's python3-qgis");
        }
        assumeTrue(present, "QGIS's Python bindings are not installed (Debian: apt-get install python3-qgis); "
                + "the QGIS client test is skipped");
    }
}
