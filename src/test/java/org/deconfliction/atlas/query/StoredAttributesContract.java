package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Derived attributes kept in the store, whatever database holds it: after start-up every incident has a row derived
 * against the current reference data; a new index starts with the stored values (it does not derive them again);
 * a row whose place no longer matches is derived again and rewritten; writing the same rows twice changes nothing.
 */
@SpringBootTest(properties = "atlas.test.context=stored-attributes-contract")
abstract class StoredAttributesContract {

    @Autowired
    AttributeKeeping keeping;

    @Autowired
    StoredAttributes table;

    @Autowired
    IncidentQueryService queries;

    @Autowired
    SpatialAnalysis analysis;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    JdbcOperations jdbc;

    private List<LocatedItem> items() {
        return incidents.findAll().stream()
                .map(i -> new LocatedItem(i.id(), i.location(), i.uncertainty().radiusMetres())).toList();
    }

    @Test
    void everyIncidentHasItsAttributesStoredAfterStartUp() throws InterruptedException {
        assertThat(keeping.awaitWrites(60_000)).isTrue();
        Map<String, StoredAttributes.Row> rows = table.read(analysis.referenceFingerprint());
        List<Incident> all = incidents.findAll();
        assertThat(all).isNotEmpty();
        for (Incident incident : all) {
            assertThat(rows.get(incident.id())).as(incident.id()).isNotNull();
            assertThat(rows.get(incident.id()).attributes()).isEqualTo(queries.attributes(incident));
            assertThat(rows.get(incident.id()).item().point()).isEqualTo(incident.location());
        }
        assertThat(table.read("another fingerprint")).isEmpty();
    }

    @Test
    void aNewIndexStartsWithTheStoredValuesAndDerivesAgainWhereThePlaceMoved() throws InterruptedException {
        assertThat(keeping.awaitWrites(60_000)).isTrue();
        List<LocatedItem> items = items();
        String kept = items.get(0).id();
        String moved = items.get(1).id();
        double truth = queries.attributes(incidents.findById(moved).orElseThrow()).riverDistanceKm();
        jdbc.update("UPDATE incident_attributes SET river_km = 9999 WHERE incident_id = ?", kept);
        jdbc.update("UPDATE incident_attributes SET river_km = 9999, longitude = longitude + 0.5 WHERE incident_id = ?", moved);

        LocatedItemIndex index = keeping.indexOf(items, analysis);

        assertThat(index.attributes(kept).orElseThrow().riverDistanceKm()).as("read, not derived").isEqualTo(9999);
        assertThat(index.attributes(moved).orElseThrow().riverDistanceKm()).isEqualTo(truth);
        assertThat(keeping.awaitWrites(60_000)).isTrue();
        assertThat(jdbc.queryForObject("SELECT river_km FROM incident_attributes WHERE incident_id = ?", Double.class, moved))
                .isEqualTo(truth);
        jdbc.update("UPDATE incident_attributes SET longitude = longitude + 0.5 WHERE incident_id = ?", kept);
        keeping.indexOf(items, analysis);
        assertThat(keeping.awaitWrites(60_000)).isTrue();
    }

    @Test
    void writingTheSameRowsTwiceChangesNothing() throws InterruptedException {
        assertThat(keeping.awaitWrites(60_000)).isTrue();
        String reference = analysis.referenceFingerprint();
        List<StoredAttributes.Row> rows = List.copyOf(table.read(reference).values());
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM incident_attributes", Integer.class);
        table.write(rows, reference);
        table.write(rows, reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_attributes", Integer.class)).isEqualTo(before);
        assertThat(table.read(reference)).isEqualTo(table.read(reference)).hasSize(rows.size());
    }
}
