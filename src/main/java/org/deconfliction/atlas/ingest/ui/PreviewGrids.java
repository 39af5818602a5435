package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.ingest.PreviewRow;
import org.deconfliction.atlas.ingest.Rejection;

/**
 * The preview's grids: the rows read (line, new/changed/unchanged with the fields that differ, id, date, title,
 * place, category) and the validation report (per rejected row its line, column, value and why). All cells are
 * plain text. Picking a row selects it on the map. The two are stacked under headings (not tabs), so the rejects
 * are seen without a click and screen readers meet two named sections.
 */
class PreviewGrids extends VerticalLayout {

    private final Grid<PreviewRow> rows = new Grid<>();
    private final Grid<Rejection> rejects = new Grid<>();
    private final Span rowsNote = new Span();
    private final Span rejectsNote = new Span();
    private final H2 rejectsHeading = new H2("Rejected rows");

    PreviewGrids(Consumer<PreviewRow> picked) {
        addClassName("atlas-import-grids");
        rows.addClassName("atlas-import-rows");
        rows.addColumn(PreviewRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        rows.addColumn(PreviewRow::status).setHeader("Against the store").setAutoWidth(true).setSortable(true);
        rows.addColumn(PreviewLayer::differences).setHeader("What differs").setResizable(true)
                .setTooltipGenerator(PreviewLayer::differences);
        rows.addColumn(PreviewRow::externalId).setHeader("Id in the file").setResizable(true);
        rows.addColumn(r -> r.incident().date().label()).setHeader("Date").setResizable(true);
        rows.addColumn(r -> r.incident().title()).setHeader("Title").setResizable(true).setFlexGrow(2)
                .setTooltipGenerator(r -> r.incident().title());
        rows.addColumn(r -> r.incident().place()).setHeader("Place").setResizable(true);
        rows.addColumn(r -> r.incident().category().label()).setHeader("Category").setResizable(true);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                picked.accept(e.getValue());
            }
        });
        rejects.addClassName("atlas-import-rejects");
        rejects.addColumn(Rejection::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        rejects.addColumn(r -> r.column() == null ? "(the row)" : r.column()).setHeader("Column").setAutoWidth(true);
        rejects.addColumn(Rejection::value).setHeader("Value").setResizable(true).setTooltipGenerator(Rejection::value);
        rejects.addColumn(Rejection::reason).setHeader("Why it is rejected").setResizable(true).setFlexGrow(3)
                .setTooltipGenerator(Rejection::reason);
        rejects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rows.setMinHeight("10em");
        rejects.setMinHeight("10em");
        setPadding(false);
        add(new H2("Rows"), rowsNote, rows, rejectsHeading, rejectsNote, rejects);
        setFlexGrow(1, rows, rejects);
        setSizeFull();
    }

    /**
     * Shows the rows and rejections listed; {@code rowsRead} and {@code rejected} are the file's full counts, so
     * the notes say when only the first ones are listed.
     */
    void show(List<PreviewRow> listed, long accepted, List<Rejection> rejections, long rejected) {
        rows.setItems(listed);
        rejects.setItems(rejections);
        rowsNote.setText(listed.size() < accepted ? "The first " + listed.size() + " of " + accepted + " rows."
                : accepted + (accepted == 1 ? " row." : " rows."));
        rejectsNote.setText(rejected == 0 ? "No row is rejected."
                : rejections.size() < rejected ? "The first " + rejections.size() + " of " + rejected + " rejected rows."
                : rejected + (rejected == 1 ? " row is rejected." : " rows are rejected."));
        rejectsHeading.setText("Rejected rows (" + rejected + ")");
    }

    /** Empties both grids. */
    void clear() {
        show(List.of(), 0, List.of(), 0);
    }

    Grid<PreviewRow> rows() {
        return rows;
    }

    Grid<Rejection> rejects() {
        return rejects;
    }
}
