package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.CommandLine;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticGeodataFolder;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ResultExport;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The atlas's own exports round-trip exactly: the API's items and the query panel's result export (GeoJSON), and
 * the GeoPackage export, written by this test's atlas (the shipped incidents plus one with Arabic names) into files,
 * imported into another atlas started on an empty store, give the same incidents, id for id and value for value. The
 * GeoPackage is also opened by GDAL's {@code ogrinfo}, which must list its layers with Date fields and no warning and
 * find the spatial index of every feature layer, and by QGIS ({@code python3-qgis}), which must open every layer
 * with its spatial index and log no warning.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportRoundTripTest {

    @TempDir
    Path folder;

    @LocalServerPort
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    @Autowired
    IncidentQueryService queries;

    /** Another atlas, on an empty store (the shipped sites and reference layers, no incident), on a free port. */
    private ConfigurableApplicationContext emptyAtlas(String name) throws IOException {
        Path geodata = folder.resolve(name + "-geodata");
        SyntheticGeodataFolder.write(Path.of("geodata"), geodata, 0, 1);
        Files.writeString(geodata.resolve("incidents.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        return new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--atlas.geodata.location=" + geodata.toUri(),
                "--atlas.data.folder=" + folder.resolve(name + "-store"),
                "--atlas.stories.folder=" + folder.resolve(name + "-stories"),
                "--atlas.admin.password=round-trip-admin");
    }

    /** The source's incidents: the shipped ones and one with Arabic title, summary, place and disagreement. */
    private List<Incident> sourceIncidents() {
        Incident shipped = incidents.findAll().stream().filter(i -> i.siteId() != null).findFirst().orElseThrow();
        if (incidents.findById("round-trip-deir-ez-zor").isEmpty()) {
            store.create(new Incident("round-trip-deir-ez-zor", "قصف قرب دير الزور", "ضربة بطائرة مسيّرة قرب الجسر.",
                    shipped.category(), shipped.actors(), shipped.opponent(), shipped.casualties(), "دير الزور",
                    shipped.siteId(), shipped.location(), shipped.uncertainty(), shipped.date(), shipped.timeOfDay(),
                    "SY", shipped.sources(), List.of("المصادر تختلف في العدد")), new Edit("editor-ed", null));
        }
        return sorted(incidents.findAll());
    }

    private Path download(String pathAndQuery, String name) throws Exception {
        Path file = folder.resolve(name);
        HttpResponse<Path> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofFile(file));
        assertThat(answer.statusCode()).isEqualTo(200);
        return file;
    }

    private static ImportReport importInto(ConfigurableApplicationContext atlas, Path file, ImportFormat format)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return atlas.getBean(ImportService.class).run(new ImportRequest(file.getFileName().toString(),
                    format, Map.of(), false, true, true), in, "editor-ed", rows -> { });
        }
    }

    private static List<Incident> sorted(List<Incident> list) {
        return list.stream().sorted(Comparator.comparing(Incident::id)).toList();
    }

    @Test
    void theApiItemsAndTheResultExportImportedIntoAnEmptyStoreGiveTheSameIncidents() throws Exception {
        List<Incident> source = sourceIncidents();
        Path items = download("/api/collections/incidents/items?limit=10000", "items.geojson");
        Path result = Files.writeString(folder.resolve("result.geojson"),
                ResultExport.geoJson(queries.run(IncidentQuery.all()), Instant.now()).toString(), StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext empty = emptyAtlas("geojson")) {
            IncidentRepository target = empty.getBean(IncidentRepository.class);
            assertThat(target.findAll()).isEmpty();

            ImportReport fromItems = importInto(empty, items, ImportFormat.GEOJSON);
            assertThat(fromItems).extracting(ImportReport::status, ImportReport::rejected, ImportReport::created)
                    .containsExactly("committed", 0L, (long) source.size());
            assertThat(sorted(target.findAll())).isEqualTo(source);
            assertThat(target.findById("round-trip-deir-ez-zor")).hasValueSatisfying(i -> assertThat(i.place()).isEqualTo("دير الزور"));

            ImportReport fromResult = importInto(empty, result, ImportFormat.GEOJSON);
            assertThat(fromResult).extracting(ImportReport::rejected, ImportReport::fresh, ImportReport::changed,
                    ImportReport::unchanged).containsExactly(0L, 0L, 0L, (long) source.size());
            assertThat(sorted(target.findAll())).isEqualTo(source);
        }
    }

    @Test
    void theGeoPackageExportOpensInGdalAndImportedIntoAnEmptyStoreGivesTheSameIncidents() throws Exception {
        List<Incident> source = sourceIncidents();
        Path gpkg = download("/api/exports/incidents.gpkg", "atlas.gpkg");
        if (CommandLine.installed("ogrinfo")) {
            String layers = CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString());
            assertThat(layers).contains("incidents (Point)", "sites (Point)", "rivers (Line String)", "lines (Line String)",
                    "zones (Polygon)", "query").doesNotContainIgnoringCase("warning").doesNotContain("ERROR");
            String incidentLayer = CommandLine.run("ogrinfo", "-ro", "-so", gpkg.toString(), "incidents");
            assertThat(incidentLayer).contains("Feature Count: " + source.size(), "date_start: Date", "date_end: Date",
                    "killed_max: Integer", "river_distance_km: Real").doesNotContainIgnoringCase("warning");
            assertThat(CommandLine.run("ogrinfo", "-ro", "-al", "-q", gpkg.toString(), "query")).contains("description (String) = all incidents");
            assertThat(CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                    "SELECT place FROM incidents WHERE id = 'round-trip-deir-ez-zor'")).contains("دير الزور");
        }
        try (ConfigurableApplicationContext empty = emptyAtlas("gpkg")) {
            ImportReport imported = importInto(empty, gpkg, ImportFormat.GPKG);
            assertThat(imported).extracting(ImportReport::status, ImportReport::rejected, ImportReport::created)
                    .containsExactly("committed", 0L, (long) source.size());
            assertThat(sorted(empty.getBean(IncidentRepository.class).findAll())).isEqualTo(source);
        }
        Path east = download("/api/exports/incidents.gpkg?side=east", "east.gpkg");
        if (CommandLine.installed("ogrinfo")) {
            assertThat(CommandLine.run("ogrinfo", "-ro", "-al", "-q", east.toString(), "query")).contains("parameters (String) = {\"bank\":\"east\"}");
        }
    }

    @Test
    void everyFeatureLayerOfTheGeoPackageExportHasItsSpatialIndexAndQgisOpensEveryLayerWithoutAWarning() throws Exception {
        int count = sourceIncidents().size();
        Path gpkg = download("/api/exports/incidents.gpkg", "indexed.gpkg");
        List<String> featureLayers = List.of("incidents", "sites", "rivers", "lines", "zones");
        if (CommandLine.installed("ogrinfo")) {
            for (String layer : featureLayers) {
                assertThat(CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                        "SELECT HasSpatialIndex('" + layer + "', 'geom')")).as(layer)
                        .contains("HasSpatialIndex (Integer) = 1").doesNotContainIgnoringCase("warning").doesNotContain("ERROR");
            }
            assertThat(CommandLine.run("ogrinfo", "-ro", "-q", gpkg.toString(), "-sql",
                    "SELECT count(*) AS near FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid "
                            + "WHERE r.minx <= 40.5 AND r.maxx >= 40.2 AND r.miny <= 35.4 AND r.maxy >= 35.1"))
                    .contains("near (Integer) = " + incidents.findAll().stream().filter(i -> i.location().getX() >= 40.2
                            && i.location().getX() <= 40.5 && i.location().getY() >= 35.1 && i.location().getY() <= 35.4).count());
            assertThat(CommandLine.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString()))
                    .contains("date_start: Date", "date_end: Date", "exported_at: DateTime")
                    .doesNotContainIgnoringCase("warning").doesNotContain("ERROR");
        }
        Path python = Path.of("/usr/bin/python3");
        boolean qgis = Files.isExecutable(python)
                && new ProcessBuilder(python.toString(), "-c", "import qgis.core").start().waitFor() == 0;
        if (!qgis && "true".equals(System.getenv("CI"))) {
            org.assertj.core.api.Assertions.fail("QGIS's Python bindings are missing in CI: .ci/run installs Debian's python3-qgis");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(qgis, "QGIS's Python bindings are not installed (Debian: apt-get "
                + "install python3-qgis); the QGIS part of the GeoPackage export test is skipped");
        ProcessBuilder builder = new ProcessBuilder(python.toString(),
                Path.of("src/test/resources/qgis/open_geopackage.py").toAbsolutePath().toString(), gpkg.toString());
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).as("QGIS finished").isTrue();
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Map<String, tools.jackson.databind.JsonNode> layers = new java.util.TreeMap<>();
        out.lines().filter(line -> line.startsWith("{")).map(json::readTree)
                .forEach(layer -> layers.put(layer.get("name").asString(), layer));
        assertThat(layers.keySet()).as(out).containsAll(featureLayers).contains("query");
        assertThat(layers.values()).allSatisfy(layer -> {
            assertThat(layer.get("valid").asBoolean()).as(layer.toString()).isTrue();
            assertThat(layer.get("messages").isEmpty()).as(layer.toString()).isTrue();
        });
        featureLayers.forEach(layer -> assertThat(layers.get(layer).get("spatialIndex").asBoolean()).as(layer).isTrue());
        assertThat(layers.get("incidents").get("features").asInt()).isEqualTo(count);
        assertThat(layers.get("incidents").get("fields").get("date_start").asString()).isEqualTo("Date");
        assertThat(layers.get("query").get("fields").get("exported_at").asString()).isEqualTo("DateTime");
    }
}
