package org.deconfliction.atlas.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.geodesy.GeodesicDistance;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The synthetic incidents of the benchmarks: repeatable, valid geodata, clustered around the sites. */
class SyntheticIncidentsTest {

    private static final GeodataFiles SHIPPED = new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/");
    private static final SiteRepository SITES = new GeodataSiteRepository(SHIPPED);
    private static final List<Incident> PATTERNS = new GeodataIncidentRepository(SHIPPED, SITES).findAll();

    @Test
    void theSameSeedGivesTheSameIncidentsAndAnotherSeedOthers() {
        List<Incident> once = new SyntheticIncidents(SITES.findAll(), PATTERNS, 7).stream(200).toList();
        List<Incident> again = new SyntheticIncidents(SITES.findAll(), PATTERNS, 7).stream(200).toList();
        List<Incident> other = new SyntheticIncidents(SITES.findAll(), PATTERNS, 8).stream(200).toList();

        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
        assertThat(new SyntheticIncidents(SITES.findAll(), PATTERNS, 7).incident(150)).isEqualTo(once.get(150));
    }

    @Test
    void aWrittenFolderIsReadAsStrictlyAsTheShippedOneAndGivesBackTheSameIncidents() throws Exception {
        Path folder = Path.of("target", "test-data", "synthetic-" + System.nanoTime());

        SyntheticGeodataFolder.write(Path.of("geodata"), folder, 2_000, 3);

        GeodataFiles written = new GeodataFiles(new DefaultResourceLoader(), folder.toAbsolutePath().toUri().toString());
        SiteRepository sites = new GeodataSiteRepository(written);
        List<Incident> read = new GeodataIncidentRepository(written, sites).findAll();
        List<Incident> made = new SyntheticIncidents(SITES.findAll(), PATTERNS, 3).stream(2_000)
                .sorted(Incident.CHRONOLOGICAL).toList();
        assertThat(read).hasSize(2_000);
        assertThat(read).isEqualTo(made);
        assertThat(sites.findAll()).isEqualTo(SITES.findAll());
    }

    @Test
    void incidentsClusterAroundTheSitesWithTextsAsLongAsTheShippedOnes() {
        List<Incident> incidents = new SyntheticIncidents(SITES.findAll(), PATTERNS, 11).stream(5_000).toList();

        long withinTenKm = incidents.stream().filter(i -> nearestSiteMetres(i) <= 10_000).count();
        long withinHundredKm = incidents.stream().filter(i -> nearestSiteMetres(i) <= 100_000).count();
        assertThat(withinTenKm).isGreaterThan(incidents.size() / 2);
        assertThat(withinHundredKm).isGreaterThan(incidents.size() * 95L / 100);
        int longestShipped = PATTERNS.stream().mapToInt(i -> i.summary().length()).max().orElseThrow();
        assertThat(incidents).allSatisfy(i -> assertThat(i.summary().length()).isBetween(100, longestShipped + 100));
        assertThat(incidents.stream().map(Incident::category).distinct().count()).isGreaterThan(5);
        assertThat(incidents.stream().filter(i -> i.siteId() != null).count()).isPositive();
    }

    private static double nearestSiteMetres(Incident incident) {
        return SITES.findAll().stream().map(Site::location)
                .mapToDouble(site -> GeodesicDistance.between(site, incident.location())).min().orElseThrow();
    }
}
