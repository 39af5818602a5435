package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.deconfliction.atlas.editing.IncidentDraft;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.editing.InvalidDraftException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.store.StoreWriteException;
import org.deconfliction.atlas.store.VersionConflictException;
import org.deconfliction.atlas.store.Versioned;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor of one incident, new or stored, beside the map (not modal, so the map stays usable): the form, an
 * optional change comment, Save and Cancel. While it is open a draggable marker shows the location and dropping it
 * moves the location; for a new incident a click on the map places it. Saving goes through {@link IncidentEditing};
 * a refused save shows the reason at the field at fault, and a conflicting one opens a {@link ConflictDialog}.
 */
final class IncidentEditor extends Dialog {

    /** The id the draggable marker of a new incident is put down for. */
    static final String NEW = "new-incident";

    private final IncidentEditing editing;
    private final LeafletMap map;
    private final Consumer<String> onSaved;
    private final IncidentForm form;
    private final TextField comment = new TextField("Change comment (optional)");
    private final List<Registration> mapListeners = new ArrayList<>();
    private final String id;
    private long version;

    private IncidentEditor(IncidentEditing editing, LeafletMap map, List<Site> sites, String id, long version,
                           Consumer<String> onSaved) {
        this.editing = editing;
        this.map = map;
        this.id = id;
        this.version = version;
        this.onSaved = onSaved;
        this.form = new IncidentForm(sites);
        setHeaderTitle(id == null ? "New incident" : "Edit incident");
        addClassName("atlas-incident-editor");
        setModal(false);
        setDraggable(true);
        setResizable(true);
        setCloseOnOutsideClick(false);
        setWidth("38em");
        setMaxHeight("88vh");
        setTop("4.5em");
        setLeft("calc(100vw - 40em)");
        comment.setWidthFull();
        comment.setMaxLength(500);
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        add(form, comment);
        form.addPositionListener(this::showMarker);
        mapListeners.add(map.addMarkerMovedListener(e -> form.setPosition(e.position())));
        if (id == null) {
            mapListeners.add(map.addMapClickListener(e -> {
                form.setPosition(e.position());
                showMarker(e.position());
            }));
        }
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                mapListeners.forEach(Registration::remove);
                map.endEditPosition();
            }
        });
    }

    /** An editor for a new incident: placed by a click on the map or by typing its coordinates. */
    static IncidentEditor forNew(IncidentEditing editing, LeafletMap map, List<Site> sites, LocalDate day,
                                 Consumer<String> onSaved) {
        IncidentEditor editor = new IncidentEditor(editing, map, sites, null, 0, onSaved);
        editor.form.read(editing.blank(day));
        return editor;
    }

    /** An editor for a stored incident at its current values, with its marker draggable; empty when it is gone. */
    static Optional<IncidentEditor> forStored(IncidentEditing editing, LeafletMap map, List<Site> sites, String id,
                                              Consumer<String> onSaved) {
        return editing.current(id).map(current -> {
            IncidentEditor editor = new IncidentEditor(editing, map, sites, id, current.version(), onSaved);
            editor.load(current.item());
            return editor;
        });
    }

    /** The form, for the tests. */
    IncidentForm form() {
        return form;
    }

    /** The comment field, for the tests. */
    TextField comment() {
        return comment;
    }

    private void load(IncidentDraft draft) {
        form.read(draft);
        if (draft.getLatitude() != null && draft.getLongitude() != null) {
            showMarker(new LatLng(draft.getLatitude(), draft.getLongitude()));
        }
    }

    private void showMarker(LatLng position) {
        map.editPosition(id == null ? NEW : id, position);
    }

    /** Saves the typed values; on success closes and reports the incident's id. */
    void save() {
        Optional<IncidentDraft> draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        try {
            Versioned<Incident> saved = id == null
                    ? editing.create(draft.get(), comment.getValue())
                    : editing.update(id, draft.get(), version, comment.getValue());
            close();
            onSaved.accept(saved.item().id());
        } catch (InvalidDraftException e) {
            form.showProblem(e.field(), e.problem());
        } catch (VersionConflictException e) {
            new ConflictDialog(e, FieldLabels.of(form), () -> reload(e), () -> overwrite(e)).open();
        } catch (StoreWriteException | AccessDeniedException | AuthenticationException e) {
            form.showProblem(null, e.getMessage());
        }
    }

    private void reload(VersionConflictException conflict) {
        if (conflict.deletedMeanwhile()) {
            close();
            onSaved.accept(id);
            return;
        }
        version = conflict.currentVersion();
        load(editing.draftOf((Incident) conflict.current().values()));
    }

    private void overwrite(VersionConflictException conflict) {
        version = conflict.currentVersion();
        save();
    }
}
