package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.Rejection;

/**
 * The imports recorded so far, newest first: file, format, checksum, who, when, the counts and whether undone; each
 * committed one with its rejects as CSV and <b>Undo import</b>, which asks first and then deletes what the import
 * created and restores what it updated, through the history. Without any import yet the table says so
 * ({@link #EMPTY}) instead of showing its headers alone.
 */
class ImportHistory extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What the table shows while no import is recorded. */
    static final String EMPTY = "No import yet. Each file imported here or through the API is listed here, "
            + "with its rejected rows as CSV and Undo import.";

    private final Grid<ImportReport> grid = new Grid<>();
    private final Consumer<ImportReport> undo;
    private final Function<Long, List<Rejection>> rejects;

    ImportHistory(Consumer<ImportReport> undo, Function<Long, List<Rejection>> rejects) {
        this.undo = undo;
        this.rejects = rejects;
        addClassName("atlas-import-history");
        grid.addColumn(ImportReport::fileName).setHeader("File").setResizable(true).setTooltipGenerator(ImportReport::fileName);
        grid.addColumn(ImportReport::format).setHeader("Format").setAutoWidth(true);
        grid.addColumn(r -> r.checksum().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true)
                .setTooltipGenerator(ImportReport::checksum);
        grid.addColumn(ImportReport::by).setHeader("Who").setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ImportHistory::counts).setHeader("Rows").setResizable(true).setTooltipGenerator(ImportHistory::counts);
        grid.addColumn(ImportReport::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Rejects and undo").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(EMPTY);
        grid.setWidthFull();
        add(new H2("Past imports"), grid);
    }

    /** Shows these recorded imports. */
    void show(List<ImportReport> imports) {
        grid.setItems(imports);
    }

    static String counts(ImportReport r) {
        return String.format(Locale.ROOT, "%s read, %,d rejected, %,d created, %,d updated",
                Counted.of(r.rowsRead(), "row", "rows"), r.rejected(), r.created(), r.updated());
    }

    private HorizontalLayout actions(ImportReport report) {
        HorizontalLayout actions = new HorizontalLayout();
        if (report.rejected() > 0) {
            actions.add(RejectsDownload.link("Rejects (CSV)", "import-" + report.id() + "-rejects.csv",
                    () -> rejects.apply(report.id())));
        }
        if (report.status().equals("committed")) {
            Button button = new Button("Undo import", e -> confirm(report));
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel("Undo the import of " + report.fileName() + " of " + WHEN.format(report.at()));
            actions.add(button);
        }
        return actions;
    }

    private void confirm(ImportReport report) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Undo the import of " + report.fileName() + "?");
        dialog.setText((report.created() == 1 ? "The incident it created is" : "The " + report.created()
                + " incidents it created are") + " deleted and " + (report.updated() == 1 ? "the one" : "the "
                + report.updated()) + " it updated " + (report.updated() == 1 ? "gets its" : "get their")
                + " earlier values back, as new versions in their history: nothing is destroyed.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Undo import");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> undo.accept(report));
        dialog.open();
    }

    Grid<ImportReport> grid() {
        return grid;
    }
}
