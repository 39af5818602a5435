package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.deconfliction.atlas.ingest.ImportPermission;

/**
 * The header's way to the import screen: an "Import data" button for editors and admins; nothing at all for viewers
 * and anonymous visitors, whom the screen refuses anyway.
 */
public class ImportEntry extends Div {

    private final Button open = new Button("Import data", e -> UI.getCurrent().navigate(ImportView.class));

    public ImportEntry(ImportPermission permission) {
        addClassName("atlas-import-entry");
        open.setAriaLabel("Import data: ACLED, CSV, GeoJSON or GeoPackage files");
        add(open);
        setVisible(permission.mayImport());
    }

    Button button() {
        return open;
    }
}
