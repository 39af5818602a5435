package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.PopupActionEvent;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.StoreWriteException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The editing controls of the main view, present only for editors (for anyone else this is empty and sets up
 * nothing): a "New incident" button in the header with "Deleted incidents" beside it
 * (to restore one after its Undo notice is gone), and Edit, History and Delete in each incident's popup on the map
 * and in its card beside the grid.
 * After every save, delete or restore it reports the incident's id, so that the view shows the change at once.
 */
@CssImport("./atlas-editing.css")
public final class EditingControls extends Div {

    static final String EDIT = "Edit";
    static final String HISTORY = "History";
    static final String DELETE = "Delete";

    private final IncidentEditing editing;
    private final SiteRepository sites;
    private final LeafletMap map;
    private final Supplier<LocalDate> newIncidentDay;
    private final Consumer<String> onChanged;
    private IncidentEditor editor;

    /**
     * @param newIncidentDay the date a new incident starts with: the timeline's current date, so that it falls among
     *                       the incidents shown rather than on today
     * @param onChanged      told the id of each incident created, changed, deleted or restored, after the commit
     */
    public EditingControls(IncidentEditing editing, SiteRepository sites, LeafletMap map, Supplier<LocalDate> newIncidentDay,
                           Consumer<String> onChanged) {
        this.editing = editing;
        this.sites = sites;
        this.map = map;
        this.newIncidentDay = newIncidentDay;
        this.onChanged = onChanged;
        addClassName("atlas-editing-controls");
        if (!editing.allowed()) {
            setVisible(false);
            return;
        }
        Button create = new Button("New incident", e -> openNew());
        create.setAriaLabel("New incident: click on the map where it happened, or type its coordinates");
        Button deleted = new Button("Deleted incidents", e -> new DeletedIncidentsDialog(editing, this::changed).open());
        deleted.setAriaLabel("Deleted incidents: see them and restore them");
        add(create, deleted);
        map.setPopupActions(IncidentMapLayers.INCIDENTS, List.of(EDIT, HISTORY, DELETE));
        map.addPopupActionListener(this::act);
    }

    /** Opens the editor for a new incident, closing any other editor. */
    void openNew() {
        open(IncidentEditor.forNew(editing, map, siteList(), newIncidentDay.get(), this::changed));
        Notification.show("Click on the map where it happened, or type its coordinates", 5000, Notification.Position.BOTTOM_START);
    }

    /** Acts on a button clicked in an incident's popup on the map. */
    void act(PopupActionEvent event) {
        if (IncidentMapLayers.INCIDENTS.equals(event.layerId())) {
            act(event.action(), event.featureId());
        }
    }

    /** The actions an incident's card offers this user: Edit, History and Delete for editors, none for anyone else. */
    public List<String> cardActions() {
        return editing.allowed() ? List.of(EDIT, HISTORY, DELETE) : List.of();
    }

    /** Acts on one of {@link #cardActions()} for the incident with this id; nothing for an unknown action. */
    public void act(String action, String id) {
        if (!editing.allowed()) {
            return;
        }
        switch (action) {
            case EDIT -> IncidentEditor.forStored(editing, map, siteList(), id, this::changed)
                    .ifPresentOrElse(this::open, () -> gone(id));
            case HISTORY -> new HistoryDialog(editing, id, title(id), this::changed).open();
            case DELETE -> confirmDelete(id);
            default -> { }
        }
    }

    /** The editor open now, if any; for the tests. */
    IncidentEditor editor() {
        return editor;
    }

    private void open(IncidentEditor next) {
        if (editor != null) {
            editor.close();
        }
        editor = next;
        editor.open();
    }

    private void confirmDelete(String id) {
        var current = editing.current(id);
        if (current.isEmpty()) {
            gone(id);
            return;
        }
        long version = current.get().version();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete this incident?");
        confirm.setText("“" + current.get().item().getTitle() + "” leaves the map, the grid, the timeline and every answer. "
                + "Its history stays, and an editor can restore it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                long deleted = editing.delete(id, version, null);
                changed(id);
                offerUndo(id, current.get().item().getTitle(), version, deleted);
            } catch (StoreWriteException | AccessDeniedException | AuthenticationException problem) {
                Notification.show("Not deleted: " + problem.getMessage(), 8000, Notification.Position.MIDDLE);
            }
        });
        confirm.open();
    }

    /** A notice that the incident is deleted, with a button that restores the version before the delete. */
    private void offerUndo(String id, String title, long before, long deleted) {
        Notification notice = new Notification();
        notice.setDuration(10000);
        notice.setPosition(Notification.Position.BOTTOM_START);
        Button undo = new Button("Undo", e -> {
            notice.close();
            try {
                editing.restore(id, before, deleted, "undo delete");
                changed(id);
            } catch (StoreWriteException | AccessDeniedException | AuthenticationException problem) {
                Notification.show("Not restored: " + problem.getMessage(), 8000, Notification.Position.MIDDLE);
            }
        });
        notice.add(new Span("Deleted “" + title + "”"), undo);
        notice.open();
    }

    private String title(String id) {
        return editing.current(id).map(current -> current.item().getTitle()).orElse(id);
    }

    private void gone(String id) {
        Notification.show("The incident '" + id + "' is no longer there", 5000, Notification.Position.BOTTOM_START);
        changed(id);
    }

    private void changed(String id) {
        onChanged.accept(id);
    }

    private List<Site> siteList() {
        return sites.findAll();
    }
}
