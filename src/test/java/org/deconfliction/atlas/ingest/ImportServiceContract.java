package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.Edit;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What every import does, whatever database holds the store: preview, commit, re-import, rejects, undo through the
 * history, and one transaction for an import's inserts, updates and record. A store is plugged in by a subclass,
 * as for the store's own contract. Every test imports incidents of its own, so tests share one store.
 */
@SpringBootTest(properties = "atlas.test.context=import-service-contract")
@RecordApplicationEvents
abstract class ImportServiceContract {

    @Autowired
    ImportService imports;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    private ImportReport run(String fixture, boolean dryRun, boolean allOrNothing) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + fixture)) {
            return imports.run(new ImportRequest(fixture, ImportFormat.ACLED, Map.of(), dryRun, allOrNothing, true),
                    in, "editor-ed", rows -> { });
        }
    }

    /** Imports a CSV file written into the test's folder, committing all-or-nothing and updating changed rows. */
    private ImportReport csv(String name, String text, LongConsumer progress) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file)) {
            return imports.run(new ImportRequest(name, ImportFormat.CSV, Map.of(), false, true, true), in, "editor-ed",
                    progress);
        }
    }

    private static String rows(String... rows) {
        return "id,title,date,place,lat,lon,category\n" + String.join("\n", rows) + "\n";
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
        assertThat(imports.get(committed.id())).extracting(ImportReport::fileName, ImportReport::by, ImportReport::created)
                .containsExactly("acled-export.csv", "editor-ed", 3L);

        ImportReport again = run("acled-export.csv", false, false);
        assertThat(again).extracting(ImportReport::fresh, ImportReport::changed, ImportReport::unchanged, ImportReport::created)
                .containsExactly(0L, 0L, 3L, 0L);

        ImportReport undone = imports.undo(committed.id(), "editor-ed");
        assertThat(undone.status()).isEqualTo("undone");
        assertThat(incidents.findById("acled-syr10001")).isEmpty();
        assertThat(store.history("acled-syr10001")).extracting(v -> v.kind())
                .containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
    }

    @Test
    void aChangedRowUpdatesTheStoredIncidentAndAnUndoRestoresTheVersionBefore() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ImportReport first = csv("first.csv", rows("u-" + tag + ",Rockets at al-Omar,2019-01-02,حقل العمر,35.1,40.4,rocket-artillery"),
                rows -> { });
        String id = "csv-u-" + tag;
        ImportReport second = csv("second.csv", rows("u-" + tag + ",Rockets at the al-Omar field,2019-01-02,حقل العمر,35.1,40.4,rocket-artillery"),
                rows -> { });
        assertThat(second).extracting(ImportReport::changed, ImportReport::updated).containsExactly(1L, 1L);
        assertThat(incidents.findById(id)).hasValueSatisfying(i -> {
            assertThat(i.title()).isEqualTo("Rockets at the al-Omar field");
            assertThat(i.place()).isEqualTo("حقل العمر");
        });

        imports.undo(second.id(), "editor-ed");
        assertThat(incidents.findById(id)).hasValueSatisfying(i -> assertThat(i.title()).isEqualTo("Rockets at al-Omar"));
        assertThat(store.history(id)).extracting(v -> v.kind())
                .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.RESTORED);
        assertThat(first.created()).isEqualTo(1);
    }

    @Test
    void anImportWhoseUpdateFailsStoresNoneOfItsNewIncidentsAndNoRecord() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        csv("stored.csv", rows("s-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash"), rows -> { });
        String stored = "csv-s-" + tag;
        assertThat(incidents.findById(stored)).isPresent();
        long importsBefore = imports.imports().size();
        events.clear();

        String file = rows("s-" + tag + ",Patrol fired on near Qamishli,2019-03-01,Qamishli,37.05,41.22,ground-clash",
                "n-" + tag + ",Drone over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone");
        // the stored incident is deleted after the file is read and before the import commits
        LongConsumer deleteWhenRead = rows -> {
            if (rows == 2 && store.current(stored).isPresent()) {
                store.delete(stored, store.current(stored).orElseThrow().version(), new Edit("editor-eve", "meanwhile"));
            }
        };
        assertThatThrownBy(() -> csv("meanwhile.csv", file, deleteWhenRead))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("line 2").hasMessageContaining(stored).hasMessageContaining("nothing was imported");

        assertThat(incidents.findById("csv-n-" + tag)).isEmpty();
        assertThat(store.history("csv-n-" + tag)).isEmpty();
        assertThat(imports.imports()).hasSize((int) importsBefore);
        assertThat(events.stream(StoreChangedEvent.class)).allSatisfy(e ->
                assertThat(e.ids()).doesNotContain("csv-n-" + tag));
    }

    @Test
    void aFileImportedAgainAfterItsUndoBringsItsIncidentsBackAndASecondUndoDeletesThemAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = rows("r-" + tag + ",Drone over al-Tanf,2019-04-01,التنف,33.5,38.65,drone");
        ImportReport first = csv("again.csv", file, rows -> { });
        imports.undo(first.id(), "editor-ed");
        assertThat(incidents.findById("csv-r-" + tag)).isEmpty();

        ImportReport second = csv("again.csv", file, rows -> { });
        assertThat(second).extracting(ImportReport::status, ImportReport::fresh, ImportReport::created)
                .containsExactly("committed", 1L, 1L);
        assertThat(incidents.findById("csv-r-" + tag)).hasValueSatisfying(i -> assertThat(i.place()).isEqualTo("التنف"));
        imports.undo(second.id(), "editor-ed");
        assertThat(incidents.findById("csv-r-" + tag)).isEmpty();
        assertThat(store.history("csv-r-" + tag)).extracting(v -> v.kind()).containsExactly(ChangeKind.CREATED,
                ChangeKind.DELETED, ChangeKind.RESTORED, ChangeKind.UPDATED, ChangeKind.DELETED);
    }

    @Test
    void anEditMadeWhileAnImportIsStillReadingItsFileIsStoredBeforeTheImportFinishes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        csv("earlier.csv", rows("e-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash"), rows -> { });
        String edited = "csv-e-" + tag;
        String[] lines = new String[3000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = "l-" + tag + "-" + i + ",Drone over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone";
        }
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService otherEditor = Executors.newSingleThreadExecutor();
        // once 1,000 rows are read, another editor deletes an incident on their own thread, and the import waits for it
        LongConsumer editWhileReading = rows -> {
            if (rows == 1000) {
                Future<Long> delete = otherEditor.submit(() ->
                        store.delete(edited, store.current(edited).orElseThrow().version(), new Edit("editor-eve", "meanwhile")));
                try {
                    order.add("edit stored at version " + delete.get());
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try {
            ImportReport large = csv("large.csv", rows(lines), editWhileReading);
            order.add("import " + large.status() + " with " + large.created() + " new incidents");
        } finally {
            otherEditor.shutdown();
        }

        assertThat(order).containsExactly("edit stored at version 2", "import committed with 3000 new incidents");
        assertThat(incidents.findById(edited)).isEmpty();
        assertThat(incidents.findById("csv-l-" + tag + "-2999")).isPresent();
    }

    /** A CSV file of {@code count} new rows with ids {@code <prefix>-0 ...}. */
    private static String manyRows(String prefix, int count) {
        String[] rows = new String[count];
        for (int i = 0; i < count; i++) {
            rows[i] = prefix + "-" + i + ",Shelling near al-Busayrah " + i + ",2019-05-0" + (1 + i % 9)
                    + ",البصيرة," + (35.0 + i % 100 * 0.001) + ",40.4,shelling";
        }
        return rows(rows);
    }

    @Test
    void anUndoOfALargeImportDeletesItsIncidentsInBatchesTellingHowManyAreUndoneAndRecordsItOnTheImport() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int count = 2 * ImportService.UNDO_BATCH + 345;
        ImportReport imported = csv("large.csv", manyRows("l-" + tag, count), rows -> { });
        assertThat(imported.created()).isEqualTo(count);
        events.clear();

        List<Long> undone = new ArrayList<>();
        ImportReport after = imports.undo(imported.id(), "editor-eve", undone::add);

        assertThat(undone).containsExactly((long) ImportService.UNDO_BATCH, 2L * ImportService.UNDO_BATCH, (long) count);
        assertThat(after.status()).isEqualTo("undone");
        assertThat(imports.get(imported.id()).status()).isEqualTo("undone");
        assertThat(incidents.findById("csv-l-" + tag + "-0")).isEmpty();
        assertThat(incidents.findAll()).noneMatch(i -> i.id().startsWith("csv-l-" + tag + "-"));
        assertThat(store.history("csv-l-" + tag + "-" + (count - 1))).satisfies(history -> {
            assertThat(history).extracting(v -> v.kind()).containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
            assertThat(history.getLast().by()).isEqualTo("editor-eve");
            assertThat(history.getLast().comment()).isEqualTo("undo of import " + imported.id() + " (large.csv)");
        });
        assertThat(events.stream(StoreChangedEvent.class)).hasSize(1).first()
                .satisfies(e -> assertThat(e.changes()).hasSize(count));
        assertThat(imports.undo(imported.id(), "editor-ed", rows -> { throw new AssertionError("undone twice"); }).status())
                .isEqualTo("undone");
    }

    @Test
    void anUndoThatFailsMidwayChangesNothingAndCanBeRunAgain() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int count = ImportService.UNDO_BATCH + 10;
        ImportReport imported = csv("midway.csv", manyRows("m-" + tag, count), rows -> { });
        events.clear();

        assertThatThrownBy(() -> imports.undo(imported.id(), "editor-ed", rows -> {
            throw new IllegalStateException("the connection was lost after " + rows + " rows");
        })).hasMessageContaining("after " + ImportService.UNDO_BATCH + " rows");

        assertThat(imports.get(imported.id()).status()).isEqualTo("committed");
        assertThat(incidents.findById("csv-m-" + tag + "-0")).isPresent();
        assertThat(store.history("csv-m-" + tag + "-0")).extracting(v -> v.kind()).containsExactly(ChangeKind.CREATED);
        assertThat(events.stream(StoreChangedEvent.class)).isEmpty();

        assertThat(imports.undo(imported.id(), "editor-ed").status()).isEqualTo("undone");
        assertThat(incidents.findById("csv-m-" + tag + "-0")).isEmpty();
    }
}
