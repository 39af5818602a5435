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
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticGeodataFolder;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.ResultExport;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The atlas's own GeoJSON exports round-trip exactly: the API's items and the query panel's result export, written
 * by this test's atlas (the shipped incidents plus one with Arabic names) into files, imported into a second atlas
 * started on an empty store, give the same incidents, id for id and value for value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeoJsonRoundTripTest {

    private static ConfigurableApplicationContext empty;

    @TempDir
    static Path folder;

    @LocalServerPort
    int port;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    @Autowired
    IncidentQueryService queries;

    @BeforeAll
    static void startAnAtlasOnAnEmptyStore() throws IOException {
        Path geodata = folder.resolve("geodata-without-incidents");
        SyntheticGeodataFolder.write(Path.of("geodata"), geodata, 0, 1);
        Files.writeString(geodata.resolve("incidents.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        empty = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--atlas.geodata.location=" + geodata.toUri(),
                "--atlas.data.folder=" + folder.resolve("empty-store"),
                "--atlas.stories.folder=" + folder.resolve("stories"),
                "--atlas.admin.password=round-trip-admin");
    }

    @AfterAll
    static void stop() {
        if (empty != null) {
            empty.close();
        }
    }

    private static ImportReport importInto(ConfigurableApplicationContext atlas, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return atlas.getBean(ImportService.class).run(new ImportRequest(file.getFileName().toString(),
                    ImportFormat.GEOJSON, Map.of(), false, true, true), in, "editor-ed", rows -> { });
        }
    }

    private static List<Incident> sorted(List<Incident> list) {
        return list.stream().sorted(Comparator.comparing(Incident::id)).toList();
    }

    @Test
    void theApiItemsAndTheResultExportImportedIntoAnEmptyStoreGiveTheSameIncidents() throws Exception {
        Incident shipped = incidents.findAll().stream().filter(i -> i.siteId() != null).findFirst().orElseThrow();
        if (incidents.findById("round-trip-deir-ez-zor").isEmpty()) {
            store.create(new Incident("round-trip-deir-ez-zor", "قصف قرب دير الزور", "ضربة بطائرة مسيّرة قرب الجسر.",
                    shipped.category(), shipped.actors(), shipped.opponent(), shipped.casualties(), "دير الزور",
                    shipped.siteId(), shipped.location(), shipped.uncertainty(), shipped.date(), shipped.timeOfDay(),
                    "SY", shipped.sources(), List.of("المصادر تختلف في العدد")), new Edit("editor-ed", null));
        }
        List<Incident> source = sorted(incidents.findAll());
        assertThat(empty.getBean(IncidentRepository.class).findAll()).isEmpty();

        Path items = folder.resolve("items.geojson");
        HttpResponse<Path> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/collections/incidents/items?limit=10000")).build(),
                HttpResponse.BodyHandlers.ofFile(items));
        assertThat(answer.statusCode()).isEqualTo(200);
        Path result = Files.writeString(folder.resolve("result.geojson"),
                ResultExport.geoJson(queries.run(IncidentQuery.all()), Instant.now()).toString(), StandardCharsets.UTF_8);

        ImportReport fromItems = importInto(empty, items);
        assertThat(fromItems).extracting(ImportReport::status, ImportReport::rejected, ImportReport::created)
                .containsExactly("committed", 0L, (long) source.size());
        assertThat(sorted(empty.getBean(IncidentRepository.class).findAll())).isEqualTo(source);
        assertThat(empty.getBean(IncidentRepository.class).findById("round-trip-deir-ez-zor"))
                .hasValueSatisfying(i -> assertThat(i.place()).isEqualTo("دير الزور"));

        ImportReport fromResult = importInto(empty, result);
        assertThat(fromResult).extracting(ImportReport::rejected, ImportReport::fresh, ImportReport::changed,
                ImportReport::unchanged).containsExactly(0L, 0L, 0L, (long) source.size());
        assertThat(sorted(empty.getBean(IncidentRepository.class).findAll())).isEqualTo(source);
    }
}
