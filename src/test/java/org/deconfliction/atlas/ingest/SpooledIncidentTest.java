package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class SpooledIncidentTest {

    private static final GeodataFiles SHIPPED = new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/");

    @Test
    void everyShippedIncidentAndEveryImportedFixtureRowComesBackFromTheSpoolEqualWithTheSameGeoJson() throws IOException {
        List<Incident> incidents = new java.util.ArrayList<>(
                new GeodataIncidentRepository(SHIPPED, new GeodataSiteRepository(SHIPPED)).findAll());
        ReadFixtures.read("acled-export.csv", ImportFormat.ACLED, java.util.Map.of()).rows.forEach(row -> incidents.add(row.incident()));
        assertThat(incidents).hasSizeGreaterThan(10)
                .anySatisfy(incident -> assertThat(incident.siteId()).isNotNull())
                .anySatisfy(incident -> assertThat(incident.timeOfDay()).isNotNull())
                .anySatisfy(incident -> assertThat(incident.casualties().civilians()).isNull());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Incident incident : incidents) {
                SpooledIncident.write(out, incident);
            }
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (Incident incident : incidents) {
                Incident back = SpooledIncident.read(in);
                assertThat(back).isEqualTo(incident);
                assertThat(IncidentGeoJson.feature(back)).isEqualTo(IncidentGeoJson.feature(incident));
            }
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
