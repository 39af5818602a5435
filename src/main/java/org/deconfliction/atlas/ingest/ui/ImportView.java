package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.ingest.ImportDetection;
import org.deconfliction.atlas.ingest.ImportFormat;
import org.deconfliction.atlas.ingest.ImportPermission;
import org.deconfliction.atlas.ingest.ImportRefusedException;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.ImportRequest;
import org.deconfliction.atlas.ingest.ImportService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * The import screen ({@code /import}, editors and admins only): upload a file, see it previewed — its rows on the map
 * in their own layer over the stored incidents (dimmed) and in a grid, the column mapping, the rejected rows with line, column, value and why, and each
 * row new, changed or unchanged against the store — then import it all-or-nothing or the valid rows only. Nothing is
 * stored before Import is pressed; the map's views follow the store's change events afterwards. Below, the past
 * imports with their undo.
 */
@Route(value = "import", autoLayout = false)
@PageTitle("Import data · Deconfliction Atlas")
@RolesAllowed("EDITOR")
@CssImport("./atlas-import.css")
public class ImportView extends VerticalLayout {

    private final ImportService imports;
    private final ImportPermission permission;
    private final ImportJobs jobs;
    private final UploadStep upload;
    private final MappingForm mapping = new MappingForm(this::preview);
    private final ImportProgress progress = new ImportProgress();
    private final ImportPreview preview;
    private final CommitOptions commit;
    private final ImportMessage message = new ImportMessage();
    private final ImportHistory history;
    private StagedFile staged;
    /** How many readings this screen started; only the latest one's outcome is shown. */
    private int runs;
    private boolean undoing;

    ImportView(ImportService imports, ImportPermission permission, ImportJobs jobs, PreviewMapLayers layers,
               IncidentRepository incidents, @Value("${atlas.ingest.max-upload:200MB}") DataSize limit) {
        this.imports = imports;
        this.preview = new ImportPreview(incidents::findAll);
        this.commit = new CommitOptions(this::commit, preview::rejectsCsv);
        this.permission = permission;
        this.jobs = jobs;
        this.upload = new UploadStep(limit, this::staged);
        this.history = new ImportHistory(this::undo, imports::rejects);
        addClassName("atlas-import-view");
        getElement().setAttribute("role", "main"); // the screen's one landmark, which every part of it is inside
        setSizeFull();
        layers.addTo(preview.map());
        upload.format().addValueChangeListener(e -> {
            if (e.isFromClient() && staged != null) {
                detectColumns();
                preview();
            }
        });
        add(new HorizontalLayout(new H1("Import data"), new Anchor("", "Back to the map")), upload, mapping,
                progress, message, commit, preview, history);
        history.show(imports.imports());
    }

    private void staged(StagedFile file) {
        discard();
        staged = file;
        message.clear();
        upload.detected(ImportDetection.format(file.name(), file.path()));
        detectColumns();
        preview();
    }

    /** Shows the columns of the file as detected for the chosen format (none for ACLED and GeoPackage). */
    private void detectColumns() {
        mapping.clear();
        try {
            mapping.show(ImportDetection.columns(upload.format().getValue(), staged.path(), java.util.Map.of()));
        } catch (ImportRefusedException e) {
            message.problem("The file " + staged.name() + " cannot be imported: " + e.getMessage() + ".");
        }
    }

    private ImportRequest request(boolean dryRun) {
        return new ImportRequest(staged.name(), upload.format().getValue(), mapping.mapping(), dryRun,
                commit.allOrNothing(), commit.updateChanged(), upload.layer());
    }

    /** Reads the staged file as a dry run and shows what an import would do; stores nothing. */
    private void preview() {
        preview.clear();
        commit.setVisible(false);
        start(request(true), "Reading", outcome -> {
            preview.show(outcome.report(), outcome.rows(), outcome.rejects());
            commit.show(outcome.report());
            if (outcome.report().fresh() + outcome.report().changed() == 0 && outcome.report().unchanged() > 0) {
                message.done("Every row of " + staged.name() + " is stored already with the same values: importing it "
                        + "again would change nothing.");
            }
        });
    }

    private void commit() {
        start(request(false), "Importing", outcome -> {
            ImportReport report = outcome.report();
            if (report.id() == null) {
                message.problem("Nothing was stored: " + Counted.of(report.rejected(), "row is", "rows are")
                        + " rejected and the import is all or nothing. Correct the file, or choose \u201c"
                        + CommitOptions.VALID_ONLY + "\u201d.");
                return;
            }
            message.committed(report);
            commit.setVisible(false);
            preview.clear();
            discard();
            history.show(imports.imports());
        });
    }

    private void start(ImportRequest request, String what, java.util.function.Consumer<ImportRun.Outcome> shown) {
        if (staged == null) {
            return;
        }
        String by = permission.importer();
        message.clear();
        progress.cancel(); // a reading still running for an earlier file or mapping stops, and its outcome is not shown
        int run = ++runs;
        AtomicBoolean cancelled = progress.start(what);
        commit.commitButton().setEnabled(false);
        Executor session = jobs.session(UI.getCurrent());
        ImportRun reading = new ImportRun(imports, request, staged, by, progress, cancelled, session, outcome -> {
            if (run != runs) {
                ImportRun.delete(outcome.rejects());
                return;
            }
            progress.finish();
            if (outcome.report() == null) {
                message.problem(outcome.problem());
                commit.commitButton().setEnabled(staged != null);
            } else {
                shown.accept(outcome);
            }
        });
        if (!jobs.start(reading)) {
            progress.finish();
            message.problem("Other imports are being read right now (at most " + ImportJobs.WORKERS
                    + " at a time); try again in a moment. Nothing was stored.");
        }
    }

    /** Undoes the import on a worker, the progress bar following the incidents undone; one undo at a time here. */
    private void undo(ImportReport report) {
        if (undoing || progress.isVisible()) {
            message.problem("A file is being read or an import undone on this screen; wait for it to end, then undo.");
            return;
        }
        message.clear();
        progress.startUndo(report.fileName(), report.created() + report.updated());
        undoing = true;
        UndoRun run = new UndoRun(imports, report, permission.importer(), progress, jobs.session(UI.getCurrent()), outcome -> {
            undoing = false;
            progress.finish();
            if (outcome.report() == null) {
                message.problem(outcome.problem());
            } else {
                message.done("The import of " + outcome.report().fileName() + " is undone: the incidents it created "
                        + "are deleted and the ones it updated are restored, as new versions in their history.");
            }
            history.show(imports.imports());
        });
        if (!jobs.start(run)) {
            undoing = false;
            progress.finish();
            message.problem("Other imports are being read or undone right now (at most " + ImportJobs.WORKERS
                    + " at a time); try again in a moment. Nothing was changed.");
        }
    }

    private void discard() {
        if (staged != null) {
            staged.discard();
            staged = null;
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Vaadin's connection indicator says whether the server is reachable: a status, as screen readers should hear it.
        attachEvent.getUI().getPage().executeJs(
                "document.querySelector('vaadin-connection-indicator')?.setAttribute('role', 'status')");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        progress.cancel();
        preview.clear();
        discard();
        super.onDetach(detachEvent);
    }

    UploadStep uploadStep() {
        return upload;
    }

    MappingForm mappingForm() {
        return mapping;
    }

    ImportPreview previewPanel() {
        return preview;
    }

    CommitOptions commitOptions() {
        return commit;
    }

    ImportMessage messageLine() {
        return message;
    }

    ImportHistory historyGrid() {
        return history;
    }

    ImportProgress progressBar() {
        return progress;
    }
}
