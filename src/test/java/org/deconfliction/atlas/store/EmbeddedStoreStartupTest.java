package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starting the application against an embedded store folder: a restart finds every edit as it was left, and a
 * folder that cannot be used or a store upgraded by a newer atlas stops start-up with a report saying which.
 */
class EmbeddedStoreStartupTest {

    private static Path freshFolder() throws IOException {
        Path folder = Path.of("target", "test-data", "startup-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(folder.getParent());
        return folder;
    }

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder);
    }

    private static StoreStartupException startupFailure(Path folder) {
        Throwable failure = null;
        try (ConfigurableApplicationContext unexpected = start(folder)) {
            throw new AssertionError("the atlas started against " + folder);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreStartupException startup) {
                return startup;
            }
        }
        throw new AssertionError("start-up failed for another reason", failure);
    }

    @Test
    void aRestartFindsEditsAndDeletesAsTheyWereLeftAndDoesNotSeedAgain() throws IOException {
        Path folder = freshFolder();
        String id;
        int count;
        try (ConfigurableApplicationContext first = start(folder)) {
            IncidentStore store = first.getBean(IncidentStore.class);
            Incident shipped = first.getBean(IncidentRepository.class).findAll().getFirst();
            id = shipped.id();
            store.update(StoreExamples.retitled(shipped, "Edited before the restart"), 1, Edit.by("analyst"));
            store.delete(first.getBean(IncidentRepository.class).findAll().getLast().id(), 1, Edit.by("analyst"));
            count = first.getBean(IncidentRepository.class).findAll().size();
        }

        try (ConfigurableApplicationContext second = start(folder)) {
            IncidentRepository incidents = second.getBean(IncidentRepository.class);
            assertThat(incidents.findById(id).orElseThrow().title()).isEqualTo("Edited before the restart");
            assertThat(incidents.findAll()).hasSize(count);
            assertThat(second.getBean(StoreSeed.class).seededNow()).isFalse();
            assertThat(second.getBean(IncidentStore.class).history(id)).hasSize(2);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedStopsStartUpNamingTheFolder() throws IOException {
        Path file = freshFolder();
        Files.writeString(file, "not a folder");
        Path folder = file.resolve("store");

        StoreStartupException failure = startupFailure(folder);

        assertThat(failure.problem()).isEqualTo(StoreStartupException.Problem.DATA_FOLDER_UNUSABLE);
        FailureAnalysis report = new StoreFailureAnalyzer().analyze(failure);
        assertThat(report.getDescription()).contains("data folder", folder.toString(), "did not start");
        assertThat(report.getAction()).contains("atlas.data.folder");
    }

    @Test
    void aStoreFileThatIsNoGeoPackageStopsStartUp() throws IOException {
        Path folder = freshFolder();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("atlas.gpkg"), "these are not the incidents you are looking for");

        StoreStartupException failure = startupFailure(folder);

        assertThat(failure.problem()).isEqualTo(StoreStartupException.Problem.DATA_FOLDER_UNUSABLE);
        assertThat(failure.details()).contains("not a GeoPackage");
    }

    @Test
    void aStoreUpgradedByANewerAtlasStopsStartUpSayingWhichMigrationsAreUnknown() throws IOException {
        Path folder = freshFolder();
        start(folder).close();
        try (var source = EmbeddedStoreConfiguration.embeddedDataSource(folder.resolve("atlas.gpkg"))) {
            new JdbcTemplate(source).update("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'teams and shared maps',"
                    + " 'SQL', 'V99__teams_and_shared_maps.sql', 0, 'atlas', 1, 1)");
        }

        StoreStartupException failure = startupFailure(folder);

        assertThat(failure.problem()).isEqualTo(StoreStartupException.Problem.SCHEMA_TOO_NEW);
        FailureAnalysis report = new StoreFailureAnalyzer().analyze(failure);
        assertThat(report.getDescription()).contains("newer", "V99 teams and shared maps", "atlas.gpkg");
        assertThat(report.getAction()).contains("newer version of the atlas");
    }

    @Test
    void anUnknownStoreKindStopsStartUp() throws IOException {
        Throwable failure = null;
        try (ConfigurableApplicationContext unexpected = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + freshFolder(), "--atlas.store=oracle")) {
            throw new AssertionError("started with atlas.store=oracle");
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure).isInstanceOf(StoreStartupException.class);
        StoreStartupException unknown = (StoreStartupException) failure;
        assertThat(unknown.problem()).isEqualTo(StoreStartupException.Problem.UNKNOWN_STORE);
        assertThat(new StoreFailureAnalyzer().analyze(unknown).getDescription()).contains("'oracle'", "embedded", "postgis");
    }
}
