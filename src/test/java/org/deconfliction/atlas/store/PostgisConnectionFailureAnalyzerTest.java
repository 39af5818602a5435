package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** What a start-up against a PostGIS database that cannot be used reports: real connection failures. */
@ExtendWith(ThrowawayPostgis.class)
class PostgisConnectionFailureAnalyzerTest {

    @Test
    void aDatabaseNobodyListensForIsReportedAsUnreachableWithItsAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/atlas?connectTimeout=2";

        FailureAnalysis analysis = analyse(url, "atlas");

        assertThat(analysis.getDescription()).startsWith("The store's database cannot be reached").contains(url, "refused");
        assertThat(analysis.getAction()).contains("PostgreSQL is running", "spring.datasource.url", "atlas.store=embedded");
    }

    @Test
    void aMissingDatabaseIsReportedWithHowToCreateIt() {
        String url = PostgisCluster.shared().jdbcUrl("no_such_atlas");

        FailureAnalysis analysis = analyse(url, PostgisCluster.SUPERUSER);

        assertThat(analysis.getDescription()).contains(url, "does not exist");
        assertThat(analysis.getAction()).contains("does not exist", "CREATE EXTENSION postgis");
    }

    @Test
    void aRefusedLoginIsReportedWithTheUser() {
        String url = PostgisCluster.shared().newDatabase();

        FailureAnalysis analysis = analyse(url, "nobody_here");

        assertThat(analysis.getDescription()).contains("User: nobody_here");
        assertThat(analysis.getAction()).contains("refused the login", "spring.datasource.username");
    }

    @Test
    void leavesAFailureTheStoreReportedItselfToTheStoresReport() {
        String url = PostgisCluster.shared().jdbcUrl("no_such_atlas");
        SQLException failure = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url, "postgres", ""));
        StoreStartupException reported = new StoreStartupException(StoreStartupException.Problem.DATABASE_UNREACHABLE,
                "Database: " + url, "check it", failure);

        assertThat(new PostgisConnectionFailureAnalyzer(new MockEnvironment()).analyze(reported)).isNull();
        assertThat(new StoreFailureAnalyzer().analyze(reported).getDescription()).contains(url);
    }

    private static FailureAnalysis analyse(String url, String user) {
        SQLException failure = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url, user, ""));
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url)
                .withProperty("spring.datasource.username", user);
        BeanCreationException startUp = new BeanCreationException("dataSource", "could not start", failure);
        return new PostgisConnectionFailureAnalyzer(environment).analyze(startUp);
    }
}
