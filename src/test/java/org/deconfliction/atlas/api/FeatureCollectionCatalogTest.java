package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Optional;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;

class FeatureCollectionCatalogTest {

    @Test
    void incidentsArePublishedAsACollection() {
        FeatureCollectionCatalog catalog = new FeatureCollectionCatalog(mock(SiteRepository.class), new NoIncidents(),
                mock(ReferenceLayers.class));

        assertThat(catalog.find("incidents")).hasValueSatisfying(entry -> {
            assertThat(entry.title()).isEqualTo("Incidents");
            assertThat(entry.features().get().get("type").asString()).isEqualTo("FeatureCollection");
        });
        assertThat(catalog.all()).extracting(FeatureCollectionCatalog.Entry::id)
                .containsExactly("sites", "incidents", "rivers", "lines", "zones");
    }

    /** A store without incidents. */
    private static final class NoIncidents implements IncidentRepository {
        @Override
        public List<Incident> findAll() {
            return List.of();
        }

        @Override
        public Optional<Incident> findById(String id) {
            return Optional.empty();
        }

        @Override
        public List<Incident> find(IncidentFilter filter) {
            return List.of();
        }

        @Override
        public int count(IncidentFilter filter) {
            return 0;
        }
    }
}
