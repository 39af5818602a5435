package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.RegionMatch;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ShippedRepositories;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * An independent check of the in-memory spatial index against PostGIS itself, on the shipped incidents as exact
 * points: "within N km of a site" by {@code ST_DWithin} on {@code geography} (metres on the WGS84 spheroid), drawn
 * regions by {@code ST_Intersects} through the table's GiST index, with polygon edges straight on the Web Mercator
 * map (EPSG:3857) as they are drawn. Both engines must name the same incidents.
 */
@ExtendWith(ThrowawayPostgis.class)
@SpringJUnitConfig(PostgisSpatialCrossCheckTest.ShippedData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgisSpatialCrossCheckTest {

    /** The shipped geodata, sites, incidents and the analysis: no web server, no user interface. */
    @Configuration
    @Import({GeodataFiles.class, ShippedRepositories.class})
    @ComponentScan(basePackageClasses = {SiteRepository.class, IncidentRepository.class, ReferenceLayers.class,
            SpatialAnalysis.class}, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.ui\\..*"))
    static class ShippedData {
    }

    @Autowired
    IncidentRepository incidents;

    @Autowired
    SiteRepository sites;

    @Autowired
    SpatialAnalysis analysis;

    private String url;
    private LocatedItemIndex index;

    @BeforeAll
    void loadTheShippedIncidentsIntoPostgis() throws SQLException {
        url = PostgisCluster.shared().newDatabase();
        List<Incident> all = incidents.findAll();
        index = analysis.index(all.stream().map(i -> new LocatedItem(i.id(), i.location(), 0)).toList());
        try (Connection connection = connect()) {
            connection.createStatement().execute("""
                    CREATE TABLE located (id text PRIMARY KEY, location geometry(Point, 4326) NOT NULL);
                    CREATE INDEX located_location ON located USING gist (location)""");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO located VALUES (?, ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
                for (Incident incident : all) {
                    insert.setString(1, incident.id());
                    insert.setDouble(2, incident.location().getX());
                    insert.setDouble(3, incident.location().getY());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.createStatement().execute("ANALYZE located");
        }
    }

    @ParameterizedTest(name = "within {1} km of {0}")
    @CsvSource(textBlock = """
            al-tanf,     55
            conoco,      15
            al-omar,     30
            deir-ez-zor, 40
            qamishli,    25
            abu-kamal,   60
            """)
    void withinKilometresOfASiteAgreesWithStDWithinOnGeography(String siteId, double km) throws SQLException {
        Site site = sites.findById(siteId).orElseThrow();
        RegionMatch fromIndex = analysis.nearSite(index, siteId, km).orElseThrow();

        Set<String> fromPostgis = ids("""
                SELECT id FROM located
                WHERE ST_DWithin(location::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?)""",
                site.location().getX(), site.location().getY(), km * 1000);

        assertThat(fromIndex.uncertain()).isEmpty();
        assertThat(new HashSet<>(fromIndex.inside())).isNotEmpty().isEqualTo(fromPostgis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the middle Euphrates valley   | POLYGON ((39.5 35.0, 41.0 34.4, 41.3 35.6, 40.0 35.9, 39.5 35.0))
            a slanted strip to the north  | POLYGON ((38.0 36.4, 42.2 36.7, 42.2 37.2, 38.0 36.9, 38.0 36.4))
            the south-east, concave       | POLYGON ((38.4 32.8, 41.6 33.2, 41.0 34.6, 40.0 33.8, 38.8 34.9, 38.4 32.8))
            """)
    void aDrawnRegionAgreesWithStIntersectsOnTheMercatorMap(String name, String wkt) throws SQLException {
        RegionMatch fromIndex = index.query(DrawnRegion.polygon(wkt));

        // The && box test uses the GiST index; it is exact here since a Mercator-straight edge stays inside the
        // longitude/latitude box of its ends.
        Set<String> fromPostgis = ids("""
                SELECT id FROM located, (SELECT ST_GeomFromText(?, 4326) AS region) drawn
                WHERE location && drawn.region
                  AND ST_Intersects(ST_Transform(location, 3857), ST_Transform(drawn.region, 3857))""", wkt);

        assertThat(fromIndex.uncertain()).isEmpty();
        assertThat(new HashSet<>(fromIndex.inside())).isNotEmpty().isEqualTo(fromPostgis);
        assertThat(fromPostgis).hasSizeLessThan(incidents.findAll().size());
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(textBlock = """
            39.8, 34.9, 41.0, 35.6
            40.5, 36.5, 42.5, 37.3
            """)
    void aRectangleAgreesWithStIntersectsOnAnEnvelope(double west, double south, double east, double north) throws SQLException {
        RegionMatch fromIndex = index.query(DrawnRegion.rectangle(west, south, east, north));

        Set<String> fromPostgis = ids("SELECT id FROM located WHERE ST_Intersects(location, ST_MakeEnvelope(?, ?, ?, ?, 4326))",
                west, south, east, north);

        assertThat(new HashSet<>(fromIndex.inside())).isNotEmpty().isEqualTo(fromPostgis);
    }

    private Set<String> ids(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int k = 0; k < parameters.length; k++) {
                query.setObject(k + 1, parameters[k]);
            }
            Set<String> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgisCluster.SUPERUSER, "");
    }
}
