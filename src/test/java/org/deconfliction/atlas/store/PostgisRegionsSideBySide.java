package org.deconfliction.atlas.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.StarPolygon;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The drawn-region part of {@link PostgisSideBySideBenchmark} on its own, against a PostGIS store that is already
 * filled (a plain {@code main}, not a test): the stored incidents are read as exact points into the engine's index
 * (the shipped reference data, no application), then the same 200-vertex stars as the full benchmark for that many
 * incidents are answered by the engine and by PostGIS side by side ({@link SideBySideQuestions#regions}).
 * Arguments: JDBC URL (user postgres), the store's synthetic incidents as the full benchmark was given them (seeds
 * the stars), regions compared after {@value SideBySideQuestions#WARM_UP} warm-up ones (default 40).
 */
final class PostgisRegionsSideBySide {

    private PostgisRegionsSideBySide() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int total = Integer.parseInt(args[1].replace("_", ""));
        int regions = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        try (AnnotationConfigApplicationContext shipped = new AnnotationConfigApplicationContext(PostgisSpatialCrossCheckTest.ShippedData.class);
             Connection connection = DriverManager.getConnection(url, PostgisCluster.SUPERUSER, "")) {
            List<LocatedItem> items = new ArrayList<>(total + 100);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, ST_X(geom), ST_Y(geom) FROM incidents WHERE NOT deleted")) {
                while (rows.next()) {
                    items.add(new LocatedItem(rows.getString(1), Wgs84.point(rows.getDouble(2), rows.getDouble(3)), 0));
                }
            }
            Random random = new Random(total);
            List<String> stars = IntStream.range(0, regions + SideBySideQuestions.WARM_UP)
                    .mapToObj(q -> StarPolygon.wkt(random, 200, 0.70 + random.nextDouble() * 0.15, 0.03)).toList();
            new SideBySideQuestions(shipped.getBean(SpatialAnalysis.class), items, connection).regions(stars);
        }
    }
}
