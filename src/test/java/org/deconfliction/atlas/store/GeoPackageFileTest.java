package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.deconfliction.atlas.CommandLine;
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
    void everyConnectionWritesAheadWithFullSyncAndA32MegabytePageCache() {
        assertThat(jdbc.queryForObject("PRAGMA journal_mode", String.class)).isEqualTo("wal");
        assertThat(jdbc.queryForObject("PRAGMA synchronous", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("PRAGMA cache_size", Integer.class)).isEqualTo(-32 * 1024);
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
        Assumptions.assumeTrue(CommandLine.installed("ogrinfo"), "ogrinfo is not installed (Debian: apt-get install gdal-bin)");

        String layers = CommandLine.run("ogrinfo", "-ro", "-q", folder.storeFile().toString());
        String incidentLayer = CommandLine.run("ogrinfo", "-ro", "-so", folder.storeFile().toString(), "incidents");
        String siteLayer = CommandLine.run("ogrinfo", "-ro", "-so", folder.storeFile().toString(), "sites");

        assertThat(layers).contains("incidents (Point)", "sites (Point)").doesNotContain("flyway");
        assertThat(incidentLayer).contains("Feature Count: " + jdbc.queryForObject("SELECT count(*) FROM incidents", Integer.class))
                .contains("date_start: Date", "date_end: Date", "side_a_killed_max: Integer", "uncertainty_metres: Real");
        assertThat(siteLayer).contains("Feature Count: " + jdbc.queryForObject("SELECT count(*) FROM sites", Integer.class)).contains("name: String");
    }
}
