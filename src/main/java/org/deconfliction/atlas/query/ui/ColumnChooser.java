package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashSet;
import java.util.Set;
import org.deconfliction.atlas.query.IncidentAnswer;

/**
 * The "Columns" button over the answers' grid: a menu with a check per column to show or hide it. The columns
 * hidden are kept for the session (the next page opened in it hides them too). The title column is always shown.
 */
public class ColumnChooser extends Button {

    /** Session attribute holding the keys of the hidden columns. */
    static final String HIDDEN = "atlas.grid.hidden-columns";

    private final ContextMenu menu = new ContextMenu();

    public ColumnChooser(ResultGrid grid) {
        super("Columns");
        setAriaLabel("Choose the columns the incident grid shows");
        menu.setTarget(this);
        menu.setOpenOnClick(true);
        Set<String> hidden = hidden();
        for (Grid.Column<IncidentAnswer> column : grid.getColumns()) {
            String key = column.getKey();
            if ("title".equals(key)) {
                continue;
            }
            MenuItem item = menu.addItem(ResultGrid.label(key));
            item.setCheckable(true);
            item.setKeepOpen(true);
            boolean shown = !hidden.contains(key);
            item.setChecked(shown);
            column.setVisible(shown);
            item.addClickListener(e -> choose(column, item.isChecked()));
        }
    }

    /** Shows or hides a column, as its check in the menu does, and keeps the choice for the session. */
    void choose(Grid.Column<IncidentAnswer> column, boolean shown) {
        column.setVisible(shown);
        Set<String> now = hidden();
        if (shown) {
            now.remove(column.getKey());
        } else {
            now.add(column.getKey());
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(HIDDEN, String.join(",", now));
        }
        menu.getItems().stream().filter(item -> item.getText().equals(ResultGrid.label(column.getKey())))
                .forEach(item -> item.setChecked(shown));
    }

    ContextMenu menu() {
        return menu;
    }

    private static Set<String> hidden() {
        VaadinSession session = VaadinSession.getCurrent();
        Object kept = session == null ? null : session.getAttribute(HIDDEN);
        Set<String> keys = new LinkedHashSet<>();
        if (kept instanceof String text && !text.isEmpty()) {
            keys.addAll(Set.of(text.split(",")));
        }
        return keys;
    }
}
