package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded store is a GeoPackage that GIS clients open as it is: the GeoPackage identity in the SQLite header,
 * and (checked with GDAL's own ogrinfo where GDAL is installed) two point layers, with dates as Date fields.
 */
@SpringBootTest
class GeoPackageFileTest {

    @Autowired
    DataFolder folder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    SiteRepository sites;

    @Test
    void theFileLiesInTheDataFolderUnderTargetNeverInTheHomeFolder() {
        assertThat(folder.storeFile()).hasFileName("atlas.gpkg").exists();
        assertThat(folder.storeFile().toString()).contains("target" + java.io.File.separator + "test-data");
        assertThat(folder.storeFile().startsWith(Path.of(System.getProperty("user.home"), ".deconfliction-atlas"))).isFalse();
    }

    @Test
    void carriesTheGeoPackageApplicationIdAndVersion() {
        assertThat(jdbc.queryForObject("PRAGMA application_id", Integer.class)).isEqualTo(0x47504B47);
        assertThat(jdbc.queryForObject("PRAGMA user_version", Integer.class)).isEqualTo(10300);
        assertThat(jdbc.queryForObject("PRAGMA integrity_check", String.class)).isEqualTo("ok");
    }

    @Test
    void registersBothPointLayersInWgs84() {
        assertThat(jdbc.queryForList("SELECT table_name || ' ' || geometry_type_name || ' ' || srs_id FROM gpkg_geometry_columns"
                + " ORDER BY table_name", String.class)).containsExactly("incidents POINT 4326", "sites POINT 4326");
        assertThat(jdbc.queryForList("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name",
                String.class)).containsExactly("incidents", "sites");
    }

    @Test
    void ogrinfoOpensTheFileAndListsBothLayersWithDateFields() throws Exception {
        Assumptions.assumeTrue(ogrinfoInstalled(), "ogrinfo is not installed (Debian: apt-get install gdal-bin)");

        String layers = run("ogrinfo", "-ro", "-q", folder.storeFile().toString());
        String incidentLayer = run("ogrinfo", "-ro", "-so", folder.storeFile().toString(), "incidents");
        String siteLayer = run("ogrinfo", "-ro", "-so", folder.storeFile().toString(), "sites");

        assertThat(layers).contains("incidents (Point)", "sites (Point)").doesNotContain("flyway");
        assertThat(incidentLayer).contains("Feature Count: " + jdbc.queryForObject("SELECT count(*) FROM incidents", Integer.class))
                .contains("date_start: Date", "date_end: Date", "side_a_killed_max: Integer", "uncertainty_metres: Real");
        assertThat(siteLayer).contains("Feature Count: " + jdbc.queryForObject("SELECT count(*) FROM sites", Integer.class)).contains("name: String");
    }

    private static boolean ogrinfoInstalled() {
        try {
            return new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
