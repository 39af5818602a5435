package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.HeldWriteLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Derived attributes asked to be stored while another write transaction holds the embedded store longer than its
 * busy timeout (200 ms here, 30 s by default), as a long undo does: nothing is written meanwhile, and every row is
 * written once the store is free again, none lost.
 */
@SpringBootTest(properties = {"atlas.store.busy-timeout=200ms", "atlas.test.context=stored-attributes-while-busy"})
@ExtendWith(OutputCaptureExtension.class)
class StoredAttributesWhileBusyTest {

    @Autowired
    AttributeKeeping keeping;

    @Autowired
    StoredAttributes table;

    @Autowired
    SpatialAnalysis analysis;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    JdbcOperations jdbc;

    @Test
    void attributesRefusedWhileAnotherWriteHoldsTheStoreAreWrittenOnceItIsFree(CapturedOutput log) throws Exception {
        assertThat(keeping.awaitWrites(60_000)).isTrue();
        jdbc.update("DELETE FROM incident_attributes");
        List<LocatedItem> items = incidents.findAll().stream()
                .map(i -> new LocatedItem(i.id(), i.location(), i.uncertainty().radiusMetres())).toList();
        assertThat(items).hasSizeGreaterThan(10);

        try (HeldWriteLock undo = HeldWriteLock.on(storeFile(jdbc))) {
            keeping.indexOf(items, analysis);
            Thread.sleep(2_000); // several busy timeouts and a pause before trying again
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_attributes", Integer.class)).isZero();
            assertThat(keeping.awaitWrites(0)).as("still waiting for the store").isFalse();
        }

        assertThat(keeping.awaitWrites(60_000)).isTrue();
        Map<String, StoredAttributes.Row> rows = table.read(analysis.referenceFingerprint());
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(items.stream().map(LocatedItem::id).toList());
        assertThat(log).contains("the store is held by another write").contains("once the store was free again")
                .doesNotContain("Exception in thread");
    }

    /** The file of the embedded store behind {@code jdbc}. */
    static Path storeFile(JdbcOperations jdbc) {
        return Path.of(jdbc.queryForList("PRAGMA database_list").stream()
                .filter(row -> "main".equals(row.get("name"))).findFirst().orElseThrow().get("file").toString());
    }
}
