package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.IncidentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Imports into the real embedded store: preview, commit, re-import, rejects and undo through the history. */
@SpringBootTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    private ImportReport run(String fixture, boolean dryRun, boolean allOrNothing) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + fixture)) {
            return imports.run(new ImportRequest(fixture, ImportFormat.ACLED, Map.of(), dryRun, allOrNothing, true),
                    in, "editor-ed", rows -> { });
        }
    }

    @Test
    void aPreviewStoresNothingAndAllOrNothingWithRejectsIsRefused() throws Exception {
        ImportReport preview = run("acled-export.csv", true, true);
        assertThat(preview.status()).isEqualTo("preview");
        assertThat(preview).extracting(ImportReport::rowsRead, ImportReport::rejected, ImportReport::fresh)
                .containsExactly(9L, 6L, 3L);
        assertThat(preview.checksum()).hasSize(64);
        assertThat(incidents.findById("acled-syr10001")).isEmpty();
        ImportReport refused = run("acled-export.csv", false, true);
        assertThat(refused.status()).isEqualTo("refused");
        assertThat(incidents.findById("acled-syr10001")).isEmpty();
    }

    @Test
    void validOnlyStoresTheValidRowsKeepsTheRejectsAndAReimportAddsNothingAndAnUndoHidesThem() throws Exception {
        ImportReport committed = run("acled-export.csv", false, false);
        assertThat(committed.status()).isEqualTo("committed");
        assertThat(committed.created()).isEqualTo(3);
        assertThat(incidents.findById("acled-syr10002")).hasValueSatisfying(i -> assertThat(i.title()).isEqualTo("Air/drone strike in خشام"));
        assertThat(imports.rejects(committed.id())).hasSize(6).first().extracting(Rejection::line).isEqualTo(5L);
        assertThat(imports.imports()).extracting(ImportReport::id).contains(committed.id());

        ImportReport again = run("acled-export.csv", false, false);
        assertThat(again).extracting(ImportReport::fresh, ImportReport::changed, ImportReport::unchanged, ImportReport::created)
                .containsExactly(0L, 0L, 3L, 0L);

        ImportReport undone = imports.undo(committed.id(), "editor-ed");
        assertThat(undone.status()).isEqualTo("undone");
        assertThat(incidents.findById("acled-syr10001")).isEmpty();
        assertThat(store.history("acled-syr10001")).extracting(v -> v.kind())
                .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
    }
}
