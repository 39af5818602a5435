package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deconfliction.atlas.ingest.ImportDetection;

/**
 * The column mapping of a coordinate CSV or a foreign GeoJSON file: for each field (title, date, place, category,
 * latitude and longitude or WKT...) the column it is read from, as detected, editable; "Preview again" reads the
 * file with the mapping as chosen. Hidden for formats whose columns are fixed (ACLED, GeoPackage, the atlas's own
 * GeoJSON).
 */
class MappingForm extends Details {

    private static final Map<String, String> LABELS = Map.of("id", "Id", "title", "Title", "date", "Date",
            "place", "Place", "category", "Category", "country", "Country", "latitude", "Latitude",
            "longitude", "Longitude", "wkt", "Location as WKT");

    private final Map<String, ComboBox<String>> fields = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();

    MappingForm(Runnable previewAgain) {
        setSummaryText("Column mapping");
        addClassName("atlas-import-mapping");
        for (String field : ImportDetection.FIELDS) {
            ComboBox<String> column = new ComboBox<>(LABELS.get(field));
            column.setClearButtonVisible(true);
            column.setPlaceholder("not in the file");
            fields.put(field, column);
            form.add(column);
        }
        Button again = new Button("Preview again with this mapping", e -> previewAgain.run());
        add(new Paragraph("Which column holds each field. Detected from the names in the file; change any and "
                + "preview again. Latitude and longitude (decimal degrees or 35°15'17\"N) or WKT give the location."),
                form, again);
        setOpened(true);
        setVisible(false);
    }

    /** Shows the file's columns with the field each is mapped to; hides the form when there are no columns. */
    void show(ImportDetection.Columns columns) {
        setVisible(!columns.columns().isEmpty());
        fields.forEach((field, box) -> {
            box.setItems(columns.columns());
            box.setValue(columns.mapping().get(field));
        });
    }

    /** Clears and hides the form (another file, or a format without a mapping). */
    void clear() {
        fields.values().forEach(ComboBox::clear);
        setVisible(false);
    }

    /** Field to column as chosen; empty when the form is hidden. */
    Map<String, String> mapping() {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (isVisible()) {
            fields.forEach((field, box) -> {
                if (box.getValue() != null && !box.getValue().isBlank()) {
                    chosen.put(field, box.getValue());
                }
            });
        }
        return chosen;
    }

    /** The chooser of one field's column, for the view's tests. */
    ComboBox<String> field(String field) {
        return fields.get(field);
    }
}
