package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.deconfliction.atlas.ingest.ImportReport;

/**
 * The line saying what the last step did or why it was refused, as text (never HTML, never a stack trace); after a
 * commit, the summary of what was stored with a link back to the map.
 */
class ImportMessage extends Div {

    private final Paragraph text = new Paragraph();
    private final Anchor backToMap = new Anchor("", "Show them on the map");

    ImportMessage() {
        addClassName("atlas-import-message");
        backToMap.setVisible(false);
        add(text, backToMap);
        setVisible(false);
    }

    void done(String words) {
        show(words, "status", "var(--lumo-success-text-color)");
    }

    void problem(String words) {
        show(words, "alert", "var(--lumo-error-text-color)");
    }

    /** The summary of a committed import, with the link back to the map. */
    void committed(ImportReport report) {
        done(String.format(Locale.ROOT, "Imported %s: %s created, %,d updated, %,d unchanged, %s rejected (%s). The "
                        + "map, timeline and every question include them now.", report.fileName(),
                Counted.of(report.created(), "incident", "incidents"), report.updated(), report.unchanged(),
                Counted.of(report.rejected(), "row", "rows"), report.mode()));
        backToMap.setVisible(report.created() + report.updated() > 0);
    }

    void clear() {
        setVisible(false);
        text.setText("");
        backToMap.setVisible(false);
    }

    private void show(String words, String role, String colour) {
        text.setText(words);
        text.getElement().setAttribute("role", role);
        text.getStyle().set("color", colour);
        backToMap.setVisible(false);
        setVisible(true);
    }

    String text() {
        return text.getText();
    }

    Anchor backToMap() {
        return backToMap;
    }
}
