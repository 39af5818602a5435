package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostGIS database, as behind a load balancer: what is written through one is
 * read, and answered spatially, by the other within 2 seconds.
 */
@ExtendWith(ThrowawayPostgis.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgisInstancesTest {

    private static final Duration SEEN_WITHIN = Duration.ofSeconds(2);
    private static final String KHASHAM = "battle-of-khasham-2018";

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() {
        String url = PostgisCluster.shared().newDatabase();
        first = instance(url);
        second = instance(url);
    }

    @AfterAll
    void stopThem() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    static ConfigurableApplicationContext instance(String url, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--atlas.store=postgis",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgisCluster.SUPERUSER,
                "--spring.datasource.hikari.maximum-pool-size=4", "--spring.datasource.hikari.connection-timeout=3000",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }

    @Test
    void bothInstancesReadTheStoreSeededOnceByTheFirst() {
        IncidentRepository inFirst = first.getBean(IncidentRepository.class);
        IncidentRepository inSecond = second.getBean(IncidentRepository.class);

        assertThat(inSecond.findAll()).hasSize(inFirst.findAll().size()).isEqualTo(inFirst.findAll());
        assertThat(first.getBean(IncidentStore.class).history(KHASHAM)).hasSize(1);
    }

    @Test
    void anEditThroughOneInstanceIsSeenAndQueriedByTheOtherWithinTwoSeconds() {
        IncidentStore store = first.getBean(IncidentStore.class);
        Versioned<Incident> before = store.current("al-omar-rocket-attack-2021").orElseThrow();
        Incident moved = moved(before.item(), "Rockets at the al-Omar field (corrected position)", 40.5, 35.25);
        DrawnRegion aroundTheNewPlace = DrawnRegion.rectangle(40.45, 35.2, 40.55, 35.3);
        IncidentQueryService queriesInSecond = second.getBean(IncidentQueryService.class);
        assertThat(ids(queriesInSecond, aroundTheNewPlace)).doesNotContain(before.item().id());

        store.update(moved, before.version(), Edit.by("analyst"));

        await().atMost(SEEN_WITHIN).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            assertThat(second.getBean(IncidentRepository.class).findById(moved.id()).orElseThrow().title())
                    .isEqualTo(moved.title());
            assertThat(ids(queriesInSecond, aroundTheNewPlace)).contains(moved.id());
        });
        assertThat(second.getBean(IncidentStore.class).current(moved.id()).orElseThrow().version())
                .isEqualTo(before.version() + 1);
    }

    @Test
    void aDeleteThroughTheSecondInstanceLeavesTheFirstWithinTwoSeconds() {
        IncidentStore store = second.getBean(IncidentStore.class);
        Versioned<Incident> current = store.current("al-tanf-drone-attack-2021").orElseThrow();

        store.delete(current.item().id(), current.version(), Edit.by("editor"));

        await().atMost(SEEN_WITHIN).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(first.getBean(IncidentRepository.class).findById(current.item().id())).isEmpty());
        assertThat(ids(first.getBean(IncidentQueryService.class), DrawnRegion.circle(38.63, 33.5, 30_000)))
                .doesNotContain(current.item().id());
    }

    private static List<String> ids(IncidentQueryService queries, DrawnRegion region) {
        return queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(region))).answers().stream()
                .map(answer -> answer.incident().id()).toList();
    }

    private static Incident moved(Incident incident, String title, double lon, double lat) {
        return new Incident(incident.id(), title, incident.summary(), incident.category(), incident.actors(),
                incident.opponent(), incident.casualties(), incident.place(), null, Wgs84.point(lon, lat),
                incident.uncertainty(), incident.date(), incident.timeOfDay(), incident.country(), incident.sources(),
                incident.disagreements());
    }
}
