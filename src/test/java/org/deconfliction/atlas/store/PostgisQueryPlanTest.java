package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A PostGIS store of 20,000 synthetic incidents loaded by COPY ({@link PostgisBulkLoad}): what it loads reads back
 * through the store as the generator made it, and the store's reads by id, of deleted incidents and of a site's
 * incidents, as well as the region and date questions asked of PostGIS ({@link PostgisRegionSql}), go through an
 * index, never a scan of every row.
 */
@ExtendWith(ThrowawayPostgis.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgisQueryPlanTest {

    private static final int COUNT = 20_000;
    private static final long SEED = 7;
    private static final String SMALL_STAR = "POLYGON ((40.10 35.30, 40.16 35.34, 40.14 35.40, 40.08 35.42, "
            + "40.05 35.36, 40.02 35.30, 40.10 35.30))";

    private String url;
    private PostgisStoreWiring wiring;
    private Connection connection;

    @BeforeAll
    void loadSyntheticIncidentsByCopy() throws SQLException {
        url = PostgisCluster.shared().newDatabase();
        PostgisBulkLoad.load(url, COUNT, SEED, 8_000);
        wiring = new PostgisStoreWiring(url);
        connection = DriverManager.getConnection(url, PostgisCluster.SUPERUSER, "");
    }

    @AfterAll
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (wiring != null) {
            wiring.close();
        }
    }

    @Test
    void theCopiedIncidentsReadBackAsGeneratedWithTheirFirstVersion() {
        SyntheticIncidents synthetic = new SyntheticIncidents(wiring.sites.findAll(),
                wiring.incidents.findAll().stream().filter(i -> !i.id().startsWith("synthetic-")).toList(), SEED);
        List<Incident> generated = IntStream.of(0, 1, COUNT / 2, COUNT - 1).mapToObj(synthetic::incident).toList();

        assertThat(wiring.incidents.findAll()).hasSizeGreaterThanOrEqualTo(COUNT);
        for (Incident incident : generated) {
            assertThat(wiring.incidents.findById(incident.id())).contains(incident);
            assertThat(wiring.store.history(incident.id())).singleElement()
                    .satisfies(version -> assertThat(version.values()).isEqualTo(incident));
        }
    }

    @Test
    void aDrawnRegionWithMercatorEdgesIsAnsweredThroughTheGistIndex() throws SQLException {
        assertThat(String.join("\n", PostgisRegionSql.plan(connection, PostgisRegionSql.IN_MERCATOR_POLYGON, SMALL_STAR)))
                .contains("incidents_geom").doesNotContain("Seq Scan on incidents");
    }

    @Test
    void aDrawnRegionWithPlanarEdgesIsAnsweredThroughTheGistIndex() throws SQLException {
        assertThat(String.join("\n", PostgisRegionSql.plan(connection, PostgisRegionSql.IN_PLANAR_POLYGON, SMALL_STAR)))
                .contains("incidents_geom").doesNotContain("Seq Scan on incidents");
    }

    @Test
    void aDateWindowIsAnsweredThroughTheDateIndexAndFindsEveryOverlappingIncident() throws SQLException {
        LocalDate from = LocalDate.of(2018, 3, 1);
        LocalDate to = LocalDate.of(2018, 3, 14);
        int longest = wiring.jdbc.queryForObject(PostgisRegionSql.LONGEST_INTERVAL, Integer.class);
        Object[] window = {from.minusDays(longest), to, from};

        Set<String> overlapping = wiring.incidents.findAll().stream().filter(i -> i.date().overlaps(from, to))
                .map(Incident::id).collect(Collectors.toSet());
        assertThat(PostgisRegionSql.ids(connection, PostgisRegionSql.OVERLAPPING_DATES, window))
                .isNotEmpty().isEqualTo(overlapping);
        assertThat(String.join("\n", PostgisRegionSql.plan(connection, PostgisRegionSql.OVERLAPPING_DATES, window)))
                .contains("incidents_date").doesNotContain("Seq Scan on incidents");
    }

    @Test
    void theStoresReadOfChangedIncidentsByIdGoesThroughTheIdIndex() throws SQLException {
        IncidentTable table = new IncidentTable(new PostgisDialect("test"), Set::of);
        String byIds = table.select() + " WHERE id IN (" + String.join(", ", Collections.nCopies(3, "?")) + ") AND deleted = ?";

        assertThat(String.join("\n", PostgisRegionSql.plan(connection, byIds,
                "synthetic-0000001", "synthetic-0000002", "synthetic-0000003", false)))
                .contains("incidents_id_key").doesNotContain("Seq Scan");
    }

    @Test
    void theListOfDeletedIncidentsGoesThroughTheIndexOfDeletedRows() throws SQLException {
        IncidentTable table = new IncidentTable(new PostgisDialect("test"), Set::of);
        String deleted = new VersionTable<>(table, new PostgisDialect("test")).selectDeleted();

        assertThat(String.join("\n", PostgisRegionSql.plan(connection, deleted, true, 50)))
                .contains("incidents_deleted").doesNotContain("Seq Scan on incidents");
    }

    @Test
    void theIncidentsNamingASiteAreCountedThroughTheIndexOfSites() throws SQLException {
        // the count a site's deletion asks for (JdbcSiteStore)
        String naming = "SELECT COUNT(*) FROM incidents WHERE site_id = ? AND deleted = ?";

        assertThat(String.join("\n", PostgisRegionSql.plan(connection, naming, "conoco", false)))
                .contains("incidents_site").doesNotContain("Seq Scan on incidents");
    }

    @Test
    void aLargePolygonCutIntoPiecesIsAnsweredThroughTheGistIndex() throws SQLException {
        assertThat(String.join("\n", PostgisRegionSql.plan(connection, PostgisRegionSql.IN_SUBDIVIDED_POLYGON, SMALL_STAR)))
                .contains("incidents_geom").doesNotContain("Seq Scan on incidents");
    }
}
