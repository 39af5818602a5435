package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.env.MockEnvironment;

/** Start-up on PostGIS against a database that cannot be used stops with a report saying which and what to do. */
@ExtendWith(ThrowawayPostgis.class)
class PostgisStartupTest {

    @Test
    void aDatabaseNobodyListensForStopsStartUpNamingItsAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/atlas";

        FailureAnalysis report = startUpFailure(url);

        assertThat(report.getDescription()).startsWith("The store's database cannot be reached")
                .contains(url, "refused");
        assertThat(report.getAction()).contains("spring.datasource.url", "atlas.store=embedded");
    }

    @Test
    void aDatabaseMigratedByANewerAtlasStopsStartUpNamingTheUnknownVersion() throws IOException {
        String url = PostgisCluster.shared().newDatabase();
        PostgisInstancesTest.instance(url).close();
        PostgisCluster.shared().execute(url.substring(url.lastIndexOf('/') + 1), """
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                VALUES (100, '99', 'from a newer atlas', 'SQL', 'V99__from_a_newer_atlas.sql', 0, 'postgres', 1, true)""");

        FailureAnalysis report = startUpFailure(url);

        assertThat(report.getDescription()).startsWith("The store's schema is newer than this version of the atlas knows")
                .contains(url, "V99 from a newer atlas", "Newest schema this atlas knows: V" + newestMigration());
        assertThat(report.getAction()).contains("newer version of the atlas");
    }

    /** The highest version among this atlas's PostgreSQL migrations, as their file names give it. */
    private static int newestMigration() throws IOException {
        Resource[] migrations = new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/postgresql/V*__*.sql");
        assertThat(migrations).as("the PostgreSQL migrations").isNotEmpty();
        return Arrays.stream(migrations)
                .mapToInt(migration -> Integer.parseInt(migration.getFilename().substring(1, migration.getFilename().indexOf("__"))))
                .max().orElseThrow();
    }

    private static FailureAnalysis startUpFailure(String url) {
        Throwable failure = catchThrowable(() -> PostgisInstancesTest.instance(url).close());
        assertThat(failure).as("start-up against " + url).isNotNull();
        FailureAnalysis report = new StoreFailureAnalyzer().analyze(failure);
        if (report == null) {
            report = new PostgisConnectionFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url))
                    .analyze(failure);
        }
        assertThat(report).as("the store's failure report for " + failure).isNotNull();
        return report;
    }
}
