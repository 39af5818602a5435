package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ThrowawayPostgis.class)
class PostgisClusterTest {

    @Test
    void givesEachCallerItsOwnDatabaseWithPostgisOnALoopbackPort() throws SQLException {
        PostgisCluster cluster = PostgisCluster.shared();
        String first = cluster.newDatabase();
        String second = cluster.newDatabase();

        assertThat(first).startsWith("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/").isNotEqualTo(second);
        try (Connection connection = DriverManager.getConnection(first, PostgisCluster.SUPERUSER, "")) {
            connection.createStatement().execute("CREATE TABLE only_here (id int)");
            ResultSet answer = connection.createStatement().executeQuery(
                    "SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(40.15, 35.33), 4326), 4326))");
            answer.next();
            assertThat(answer.getString(1)).isEqualTo("POINT(40.15 35.33)");
        }
        try (Connection connection = DriverManager.getConnection(second, PostgisCluster.SUPERUSER, "")) {
            ResultSet tables = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_here'");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void isOneClusterForTheWholeRun() {
        assertThat(PostgisCluster.shared()).isSameAs(PostgisCluster.shared());
    }
}
