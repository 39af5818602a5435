package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import java.io.File;
import java.util.function.Consumer;
import org.deconfliction.atlas.ingest.ImportFormat;
import org.springframework.util.unit.DataSize;

/**
 * The first step: drop a file or choose it (one at a time, at most the upload limit), streamed into a temporary file
 * on the server, never held in memory whole; then its format (detected, editable) and, for a GeoPackage, its layer.
 * A file over the limit is refused before it is sent, naming the limit and the setting.
 */
class UploadStep extends Div {

    /** Room for the multipart headers around the file, in bytes. */
    private static final long REQUEST_OVERHEAD_BYTES = 64 * 1024;

    private final Upload upload;
    private final Select<ImportFormat> format = new Select<>();
    private final TextField layer = new TextField("GeoPackage layer (empty: the only one, or 'incidents')");
    private final Span problem = new Span();

    UploadStep(DataSize limit, Consumer<StagedFile> staged) {
        addClassName("atlas-import-upload");
        upload = new Upload(new TemporaryFileUploadHandler((metadata, file) -> arrived(metadata.fileName(), file, limit, staged)) {
            @Override
            public long getFileSizeMax() {
                return limit.toBytes(); // the server refuses a larger file too, whatever the browser sent
            }

            @Override
            public long getRequestSizeMax() {
                return limit.toBytes() + REQUEST_OVERHEAD_BYTES;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit.toBytes()));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> problem.setText("The file " + e.getFileName() + " cannot be imported: "
                + (tooLarge(e.getErrorMessage()) ? "it is larger than the limit of " + limit.toMegabytes()
                        + " MB (atlas.ingest.max-upload)" : e.getErrorMessage()) + ". Nothing was read or stored."));
        format.setLabel("Format");
        format.setWidth("17em");
        format.setItems(ImportFormat.values());
        format.setItemLabelGenerator(UploadStep::label);
        format.setEnabled(false);
        layer.setVisible(false);
        layer.setWidth("22em");
        format.addValueChangeListener(e -> layer.setVisible(e.getValue() == ImportFormat.GPKG));
        problem.addClassName("atlas-import-problem");
        add(upload, new HorizontalLayout(format, layer), problem);
    }

    private void arrived(String name, File file, DataSize limit, Consumer<StagedFile> staged) {
        upload.clearFileList();
        StagedFile arrived = new StagedFile(name, file.toPath(), file.length());
        if (arrived.bytes() > limit.toBytes()) {
            arrived.discard();
            problem.setText("The file " + name + " is larger than the limit of " + limit.toMegabytes()
                    + " MB (atlas.ingest.max-upload); nothing was read or stored.");
            return;
        }
        problem.setText("");
        staged.accept(arrived);
    }

    /** Whether the browser refused the file for its size (its message says "too big" or "too large"). */
    private static boolean tooLarge(String message) {
        String words = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        return words.contains("big") || words.contains("large");
    }

    /** Shows the detected format, which the user may change. */
    void detected(ImportFormat detected) {
        format.setEnabled(true);
        format.setValue(detected);
    }

    /** Says in words why the file cannot be used; empty text clears it. */
    void problem(String text) {
        problem.setText(text);
    }

    Select<ImportFormat> format() {
        return format;
    }

    /** The GeoPackage layer asked for, null for the reader's choice. */
    String layer() {
        return layer.isVisible() && !layer.getValue().isBlank() ? layer.getValue().strip() : null;
    }

    Upload upload() {
        return upload;
    }

    /** The words for a format in the format list. */
    static String label(ImportFormat format) {
        return switch (format) {
            case ACLED -> "ACLED export (CSV)";
            case CSV -> "CSV with coordinates";
            case GEOJSON -> "GeoJSON FeatureCollection";
            case GPKG -> "GeoPackage point layer";
        };
    }
}
