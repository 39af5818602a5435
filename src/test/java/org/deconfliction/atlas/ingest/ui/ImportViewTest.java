package org.deconfliction.atlas.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.ingest.ImportFormat;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.PreviewRow;
import org.deconfliction.atlas.ingest.Rejection;
import org.deconfliction.atlas.ui.AtlasView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The import screen without a browser, over the real import service and store: who may open it, the preview of an
 * ACLED export with its rejects explained and nothing stored, all-or-nothing refusing, a valid-only commit, a
 * re-import told that nothing changed, the mapping of a foreign CSV, and undo. Files are read inline instead of on a
 * worker, so each step has ended when its click returns.
 */
@SpringBootTest
@Import(ImportViewTest.InlineJobs.class)
@ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
@WithMockUser(username = "edna", roles = {"VIEWER", "EDITOR"})
class ImportViewTest extends SpringBrowserlessTest {

    @TestConfiguration
    static class InlineJobs {
        @Bean
        @Primary
        ImportJobs inlineImportJobs() {
            return new ImportJobs(Runnable::run, ui -> command -> {
                command.run();
                ImportView watched = watchProgress;
                if (watched != null && watched.progressBar().isVisible()) {
                    progressSeen.add(watched.progressBar().rowsText().getText()
                            + (watched.progressBar().cancelButton().isVisible() ? " [Cancel]" : "")
                            + " [poll " + UI.getCurrent().getPollInterval() + "]");
                }
                ImportView view = cancelOnProgress;
                if (view != null && view.progressBar().isVisible() && view.progressBar().cancelButton().isEnabled()) {
                    view.progressBar().cancelButton().click(); // as a user would, when the bar first moves
                }
            });
        }
    }

    /** The view whose progress line is recorded in {@link #progressSeen} after each step pushed to it; null for none. */
    private static volatile ImportView watchProgress;
    private static final List<String> progressSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The view whose Cancel is pressed as soon as its progress bar first moves; null for none. */
    private static volatile ImportView cancelOnProgress;

    @Autowired
    IncidentRepository incidents;

    /** The ACLED fixture (3 good rows, 6 bad ones) with event ids of this test's own, so tests share one store. */
    private static byte[] acled(String tag) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/ingest/acled-export.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("SYR1000", "SYR" + tag + "-")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    private ImportView upload(String name, byte[] bytes) {
        ImportView view = navigate(ImportView.class);
        test(view.uploadStep().upload()).upload(name, "text/csv", bytes);
        return view;
    }

    private static List<PreviewRow> rows(ImportView view) {
        return view.previewPanel().grids().rows().getListDataView().getItems().toList();
    }

    private static List<Rejection> rejects(ImportView view) {
        return view.previewPanel().grids().rejects().getListDataView().getItems().toList();
    }

    /** The components of the newest past import's last cell: its rejects link and its undo button. */
    private List<com.vaadin.flow.component.Component> actions(ImportView view) {
        return test(view.historyGrid().grid()).getCellComponent(0, 7).getChildren().toList();
    }

    private void commit(ImportView view) {
        test(view.commitOptions().commitButton()).click();
    }

    @Test
    @WithMockUser(username = "val", roles = "VIEWER")
    void aViewerFindsNoEntryAndTheScreenRefusesThem() {
        navigate(AtlasView.class);
        assertThat($(ImportEntry.class).exists()).isFalse();
        assertThat($(Button.class).withText("Import data").exists()).isFalse();

        UI.getCurrent().navigate(ImportView.class);
        assertThat($(ImportView.class).exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorFindsNoEntryAndTheScreenRefusesThem() {
        navigate(AtlasView.class);
        assertThat($(ImportEntry.class).exists()).isFalse();
        assertThat($(Button.class).withText("Import data").exists()).isFalse();

        UI.getCurrent().navigate(ImportView.class);
        assertThat($(ImportView.class).exists()).isFalse();
    }

    @Test
    void anEditorOpensTheScreenFromTheHeader() {
        navigate(AtlasView.class);
        ImportEntry entry = $(ImportEntry.class).single();
        assertThat(entry.isVisible()).isTrue();

        test(entry.button()).click();

        assertThat($(ImportView.class).exists()).isTrue();
    }

    @Test
    void thePreviewShowsTheRowsOnTheMapAndTheRejectsExplainedAndStoresNothing() throws IOException {
        String tag = tag();
        ImportView view = upload("eastern-syria.csv", acled(tag));

        assertThat(view.uploadStep().format().getValue()).isEqualTo(ImportFormat.ACLED);
        assertThat(rows(view)).extracting(PreviewRow::line, PreviewRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "new"), org.assertj.core.groups.Tuple.tuple(3L, "new"),
                org.assertj.core.groups.Tuple.tuple(4L, "new"));
        assertThat(view.previewPanel().shownRows().geoJson()).contains("\"line-2\"", "\"line-3\"", "\"line-4\"")
                .doesNotContain("\"line-5\"");
        assertThat(view.previewPanel().storedIncidents().count()).as("the stored incidents under the rows")
                .isEqualTo(incidents.findAll().size()).isPositive();
        assertThat(view.previewPanel().map().getLegend()).extracting(org.deconfliction.atlas.map.LegendEntry::label)
                .contains("Stored incident (clusters count them)", "Row to import: new");
        assertThat(rejects(view)).extracting(Rejection::line).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(rejects(view)).filteredOn(r -> r.line() == 8).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("latitude/longitude");
            assertThat(r.value()).isEqualTo("40.3/35.3");
            assertThat(r.reason()).containsIgnoringCase("swapped");
        });
        assertThat(rejects(view)).filteredOn(r -> r.line() == 10).singleElement()
                .satisfies(r -> assertThat(r.reason()).containsIgnoringCase("duplicate"));
        assertThat(view.commitOptions().counts().getText()).contains("9 rows read", "3 new", "6 rejected",
                "Nothing is stored yet");
        assertThat(incidents.findById("acled-syr" + tag.toLowerCase(java.util.Locale.ROOT) + "-1")).isEmpty();
    }

    @Test
    void everyRejectedRowOfThePreviewDownloadsAsCsvWithItsReasonBeforeAnythingIsStored() {
        String tag = tag();
        String header = "id,title,date,place,lat,lon,category\n";
        StringBuilder csv = new StringBuilder(header).append(tag).append("-1,Patrol fired on,2019-03-01,Qamishli,37.05,"
                + "41.22,ground-clash\n").append(tag).append("-2,Shelling,2019-03-02,Hajin,=cmd|' /C calc'!A0,40.8,shelling\n");
        for (int i = 3; i <= 1102; i++) { // more rejects than the grid lists
            csv.append(tag).append('-').append(i).append(",Shelling,not a date,Hajin,34.7,40.8,shelling\n");
        }
        ImportView view = upload("patrols.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        Anchor download = view.commitOptions().rejectsDownload();
        assertThat(download.isVisible()).isTrue();
        assertThat(rejects(view)).hasSizeLessThan(1101);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        test(download).download(out);

        List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(1 + 1101);
        assertThat(lines.get(0)).isEqualTo("line,column,value,reason");
        assertThat(lines.get(1)).startsWith("3,lat,'=cmd|' /C calc'!A0,").contains("latitude");
        assertThat(lines.get(2)).startsWith("4,").contains("not a date");
        assertThat(lines.subList(1, 11)).isEqualTo(rejects(view).subList(0, 10).stream()
                .map(r -> org.deconfliction.atlas.ingest.RejectsCsv.line(r).strip()).toList());
        assertThat(lines.getLast()).startsWith("1103,");
        assertThat(incidents.findById("csv-" + tag.toLowerCase(java.util.Locale.ROOT) + "-1")).isEmpty();
    }

    @Test
    void allOrNothingWithRejectsStoresNothingAndSaysWhatToDo() throws IOException {
        String tag = tag();
        ImportView view = upload("eastern-syria.csv", acled(tag));

        commit(view);

        assertThat(view.messageLine().text()).contains("Nothing was stored", "6 rows are rejected",
                CommitOptions.VALID_ONLY);
        assertThat(incidents.findById("acled-syr" + tag.toLowerCase(java.util.Locale.ROOT) + "-1")).isEmpty();
    }

    @Test
    void validOnlyStoresTheGoodRowsAndAReimportIsToldNothingChangedAndUndoRemovesThem() throws IOException {
        String tag = tag();
        String id = "acled-syr" + tag.toLowerCase(java.util.Locale.ROOT) + "-1";
        ImportView view = upload("eastern-syria.csv", acled(tag));
        test(view.commitOptions().mode()).selectItem(CommitOptions.VALID_ONLY);

        commit(view);

        assertThat(view.messageLine().text()).contains("Imported eastern-syria.csv: 3 incidents created", "6 rows rejected");
        assertThat(view.messageLine().backToMap().isVisible()).isTrue();
        assertThat(incidents.findById(id)).isPresent();
        ImportReport recorded = view.historyGrid().grid().getListDataView().getItems().findFirst().orElseThrow();
        assertThat(recorded).extracting(ImportReport::fileName, ImportReport::by, ImportReport::created)
                .containsExactly("eastern-syria.csv", "edna", 3L);
        assertThat(actions(view)).extracting(c -> c instanceof Anchor a ? a.getText() : ((Button) c).getText())
                .containsExactly("Rejects (CSV)", "Undo import");

        ImportView again = upload("eastern-syria.csv", acled(tag));
        assertThat(rows(again)).extracting(PreviewRow::status).containsOnly("unchanged");
        assertThat(again.messageLine().text()).contains("importing it again would change nothing");
        assertThat(again.commitOptions().commitButton().isEnabled()).isFalse();

        test((Button) actions(again).get(1)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(incidents.findById(id)).isEmpty();
        assertThat(again.messageLine().text()).contains("is undone");
        assertThat(again.historyGrid().grid().getListDataView().getItems().findFirst().orElseThrow().status())
                .isEqualTo("undone");
    }

    @Test
    void aChangedRowShowsWhatDiffersAndKeepingTheStoredOneChangesNothing() {
        String tag = tag();
        String id = "csv-" + tag.toLowerCase(java.util.Locale.ROOT) + "-1";
        String header = "id,title,date,place,lat,lon,category\n";
        ImportView first = upload("patrols.csv", (header + tag + "-1,Patrol fired on,2019-03-01,Qamishli,37.05,41.22,"
                + "ground-clash\n").getBytes(StandardCharsets.UTF_8));
        assertThat(first.commitOptions().counts().getText()).contains("patrols.csv: 1 row read — 1 new");
        commit(first);
        assertThat(incidents.findById(id)).hasValueSatisfying(i -> assertThat(i.title()).isEqualTo("Patrol fired on"));

        byte[] retitled = (header + tag + "-1,Patrol fired on near Qamishli,2019-03-01,Qamishli,37.05,41.22,ground-clash\n"
                + tag + "-2,Drone over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone\n").getBytes(StandardCharsets.UTF_8);
        ImportView again = upload("patrols.csv", retitled);
        assertThat(rows(again)).extracting(PreviewRow::status, PreviewLayer::differences).containsExactly(
                org.assertj.core.groups.Tuple.tuple("changed", "title"), org.assertj.core.groups.Tuple.tuple("new", ""));
        assertThat(again.commitOptions().changed().isVisible()).isTrue();
        test(again.commitOptions().changed()).selectItem(CommitOptions.KEEP);

        commit(again);

        assertThat(again.messageLine().text()).contains("1 incident created, 0 updated");
        assertThat(incidents.findById(id)).hasValueSatisfying(i -> assertThat(i.title()).isEqualTo("Patrol fired on"));
        assertThat(incidents.findById("csv-" + tag.toLowerCase(java.util.Locale.ROOT) + "-2")).isPresent();

        ImportView third = upload("patrols.csv", retitled);
        commit(third);
        assertThat(third.messageLine().text()).contains("0 incidents created, 1 updated");
        assertThat(incidents.findById(id)).hasValueSatisfying(i ->
                assertThat(i.title()).isEqualTo("Patrol fired on near Qamishli"));
    }

    @Test
    void onceEveryRowIsReadTheScreenSaysTheImportIsBeingWrittenWithoutCancelAndPollsForItsTime() {
        String tag = tag();
        String header = "id,title,date,place,lat,lon,category\n";
        ImportView view = upload("patrols.csv", (header + tag + "-1,Patrol fired on,2019-03-01,Qamishli,37.05,41.22,"
                + "ground-clash\n" + tag + "-2,Drone over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone\n")
                .getBytes(StandardCharsets.UTF_8));
        progressSeen.clear();
        watchProgress = view;
        try {
            commit(view);
        } finally {
            watchProgress = null;
        }

        assertThat(progressSeen).anyMatch(seen -> seen.matches("2 rows read — writing them to the store in one "
                + "transaction: \\d+ min \\d\\d s so far; it can no longer be cancelled \\[poll "
                + ImportProgress.WRITING_POLL_MS + "\\]"));
        assertThat(view.messageLine().text()).contains("2 incidents created");
        assertThat(view.progressBar().isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once written").isNegative();
    }

    @Test
    void cancelStopsTheReadingAndStoresNothing() {
        String tag = tag();
        StringBuilder csv = new StringBuilder("id,title,date,place,lat,lon,category\n");
        for (int i = 0; i < 2500; i++) {
            csv.append(tag).append('-').append(i).append(",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash\n");
        }
        ImportView view = upload("patrols.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(rows(view)).hasSize(2000);
        assertThat(view.commitOptions().commitButton().isEnabled()).isTrue();

        cancelOnProgress = view;
        try {
            commit(view);
        } finally {
            cancelOnProgress = null;
        }

        assertThat(view.messageLine().text()).isEqualTo("The import was cancelled after 1000 rows; nothing was stored.");
        assertThat(view.progressBar().isVisible()).isFalse();
        assertThat(incidents.findById("csv-" + tag.toLowerCase(java.util.Locale.ROOT) + "-0")).isEmpty();
    }

    @Test
    void aForeignCsvIsMappedOnTheScreenAndAMissingColumnIsNamed() {
        String tag = tag();
        byte[] csv = ("ref;headline;when;y;x\n" + tag + "-1;Patrol fired on;2019-03-01;37.05;41.22\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportView view = upload("patrols.csv", csv);

        assertThat(view.uploadStep().format().getValue()).isEqualTo(ImportFormat.CSV);
        assertThat(view.mappingForm().isVisible()).isTrue();
        assertThat(view.mappingForm().field("title").getValue()).isEqualTo("headline");
        assertThat(view.mappingForm().field("latitude").getValue()).isEqualTo("y");
        assertThat(view.messageLine().text()).contains("patrols.csv", "line 1", "no date column");

        view.mappingForm().field("date").setValue("when");
        view.mappingForm().field("id").setValue("ref");
        test($(Button.class).withText("Preview again with this mapping").single()).click();

        assertThat(rows(view)).singleElement().satisfies(row -> {
            assertThat(row.incident().title()).isEqualTo("Patrol fired on");
            assertThat(row.externalId()).isEqualTo(tag + "-1");
        });
    }
}
