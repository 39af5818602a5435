package org.deconfliction.atlas.editing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.editing.IncidentDraft;
import org.deconfliction.atlas.editing.IncidentEditing;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapClickEvent;
import org.deconfliction.atlas.map.MarkerMovedEvent;
import org.deconfliction.atlas.map.PopupActionEvent;
import org.deconfliction.atlas.map.FeatureClickEvent;
import org.deconfliction.atlas.incident.ui.IncidentDetail;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.security.ContextUserHolder;
import org.deconfliction.atlas.store.FieldChange;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.Versioned;
import org.deconfliction.atlas.timeline.TimelineState;
import org.deconfliction.atlas.timeline.ui.TimelineControls;
import org.deconfliction.atlas.ui.AtlasView;
import org.deconfliction.atlas.geodata.SourceReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The editing controls of the main view over a real store of their own, without a browser. */
@SpringBootTest(properties = "atlas.data.folder=${user.dir}/target/test-data/editing-view-${random.uuid}")
@ExtendWith(ContextUserHolder.class)
@WithMockUser(username = "erin", roles = {"VIEWER", "EDITOR"})
class IncidentEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    IncidentEditing editing;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    private LeafletMap openView() {
        navigate(AtlasView.class);
        return $(LeafletMap.class).single();
    }

    /** The editor open now. */
    private IncidentEditor editor() {
        return $(IncidentEditor.class).single();
    }

    private TextField text(String label) {
        return $(TextField.class, editor()).withLabel(label).single();
    }

    private TextArea area(String label) {
        return $(TextArea.class, editor()).withLabel(label).single();
    }

    private NumberField number(String label) {
        return $(NumberField.class, editor()).withLabel(label).single();
    }

    private void click(String caption) {
        test($(Button.class).withText(caption).single()).click();
    }

    private List<String> gridIds() {
        return $(ResultGrid.class).single().getGenericDataView().getItems().map(a -> a.incident().id()).toList();
    }

    /** Types the required fields of a new incident but its position. */
    private void typeNewIncident(String title) {
        test(text("Title")).setValue(title);
        test(area("What happened")).setValue("Rockets hit the post; no one was hurt.");
        test(area("Coalition forces (one per line)")).setValue("US forces\nSDF");
        test(area("Other forces (one per line)")).setValue("Iran-backed militia");
        test(text("Place")).setValue("al-Omar oil field");
        test(area("Sources (one per line: title | publisher | document file)")).setValue("Press release | CJTF-OIR");
    }

    private Versioned<Incident> stored(String title) {
        IncidentDraft draft = editing.blank(LocalDate.of(2020, 8, 17));
        draft.setTitle(title);
        draft.setSummary("A patrol was fired on.");
        draft.setCategory(IncidentCategory.SMALL_ARMS_FIRE);
        draft.setOpponent(Opponent.SYRIAN_GOVERNMENT);
        draft.setSideA(List.of("US forces"));
        draft.setSideB(List.of("Syrian Arab Army"));
        draft.setPlace("near Qamishli");
        draft.setLatitude(37.05);
        draft.setLongitude(41.22);
        draft.setDateStart(LocalDate.of(2020, 8, 17));
        draft.setSources(List.of(new SourceReference("Patrol report", null, null)));
        return editing.create(draft, null);
    }

    private void cardAction(LeafletMap map, String id, String action) {
        ComponentUtil.fireEvent(map, new PopupActionEvent(map, true, "incidents", id, action));
    }

    @Test
    void anEditorPlacesANewIncidentWithAClickOnTheMapAndSeesItListed() {
        LeafletMap map = openView();
        int before = incidents.findAll().size();

        click("New incident");
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, 35.0671234567, 40.4532));
        typeNewIncident("Rockets at al-Omar");
        assertThat(number("Latitude (°N)").getValue()).isEqualTo(35.067123);
        click("Save");

        Incident created = incidents.findAll().stream().filter(i -> i.title().equals("Rockets at al-Omar")).findFirst().orElseThrow();
        assertThat(incidents.findAll()).hasSize(before + 1);
        assertThat(created.location().getY()).isEqualTo(35.067123);
        assertThat(created.location().getX()).isEqualTo(40.4532);
        assertThat(created.actors().sideA()).containsExactly("US forces", "SDF");
        assertThat(created.sources()).containsExactly(new SourceReference("Press release", "CJTF-OIR", null));
        assertThat(gridIds()).contains(created.id());
        assertThat(editing.history(created.id()).getFirst().by()).isEqualTo("erin");
    }

    @Test
    void aNewIncidentStartsOnTheTimelinesCurrentDateSoTheTimelineIsNotStretchedToToday() {
        openView();
        TimelineControls timeline = $(TimelineControls.class).single();
        LocalDate shown = timeline.getState().current();

        EditingControls controls = $(EditingControls.class).single();
        click("New incident");
        assertThat(newIncidentDate(controls)).isEqualTo(shown).isBefore(LocalDate.now());

        timeline.setState(TimelineState.cumulative(LocalDate.of(2019, 3, 14)));
        click("New incident");
        assertThat(newIncidentDate(controls)).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    private LocalDate newIncidentDate(EditingControls controls) {
        return $(DatePicker.class, controls.editor()).withLabel("Date (first day)").single().getValue();
    }

    @Test
    void theSearchBoxFindsAnIncidentAddedOrRetitledAfterThePageOpened() {
        LeafletMap map = openView();
        click("New incident");
        ComponentUtil.fireEvent(map, new MapClickEvent(map, true, 35.30, 40.32));
        typeNewIncident("Mortar fire at Koniko");
        click("Save");
        String id = incidents.findAll().stream().filter(i -> i.title().equals("Mortar fire at Koniko")).findFirst()
                .orElseThrow().id();

        assertThat(searchSuggestions("Mortar fire")).anyMatch(label -> label.endsWith(" · Mortar fire at Koniko"));

        cardAction(map, id, "Edit");
        test(text("Title")).setValue("Mortar rounds at Koniko");
        click("Save");
        assertThat(searchSuggestions("Mortar")).anyMatch(label -> label.endsWith(" · Mortar rounds at Koniko"))
                .noneMatch(label -> label.endsWith(" · Mortar fire at Koniko"));
    }

    private List<String> searchSuggestions(String typed) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = $(ComboBox.class).all().stream()
                .filter(combo -> "Find a site or incident".equals(combo.getPlaceholder())).findFirst().orElseThrow();
        var search = test(box);
        search.setFilter(typed);
        return search.getSuggestions();
    }

    @Test
    void eachProblemIsShownNextToTheFieldAtFaultAndNothingIsStored() {
        openView();
        int before = incidents.findAll().size();
        click("New incident");
        typeNewIncident("Clash at the bridge");
        test(text("Title")).setValue("");
        test(number("Latitude (°N)")).setValue(48.85);
        test(number("Longitude (°E)")).setValue(40.1);
        click("Save");

        assertThat(text("Title").isInvalid()).isTrue();
        assertThat(text("Title").getErrorMessage()).isEqualTo("The title is missing");
        assertThat(number("Latitude (°N)").getErrorMessage()).isEqualTo("Latitude must lie in the atlas area: 31–38°N, 34–45°E");
        assertThat(number("Longitude (°E)").isInvalid()).isFalse();

        test(text("Title")).setValue("Clash at the bridge");
        test(number("Latitude (°N)")).setValue(35.33);
        @SuppressWarnings("unchecked")
        Select<DatePrecision> precision = $(Select.class, editor()).withLabel("Date precision").single();
        test(precision).selectItem("A span of days");
        test($(DatePicker.class, editor()).withLabel("Date (first day)").single()).setValue(LocalDate.of(2018, 2, 7));
        test($(DatePicker.class, editor()).withLabel("Last day").single()).setValue(LocalDate.of(2018, 2, 1));
        click("Save");

        DatePicker end = $(DatePicker.class, editor()).withLabel("Last day").single();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).startsWith("Must be after date.start (2018-02-07) when the precision is range");
        assertThat(text("Title").isInvalid()).isFalse();
        assertThat(incidents.findAll()).hasSize(before);
        assertThat($(IncidentEditor.class).single().isOpened()).isTrue();
    }

    @Test
    void aMaximumBelowItsMinimumIsRefusedAtTheMaximum() {
        openView();
        click("New incident");
        IncidentForm form = $(IncidentEditor.class).single().form();
        HasValidation max = form.fieldAt("casualties.sideA.killed.max").orElseThrow();
        HasValidation min = form.fieldAt("casualties.sideA.killed.min").orElseThrow();

        ((com.vaadin.flow.component.textfield.IntegerField) min).setValue(5);
        ((com.vaadin.flow.component.textfield.IntegerField) max).setValue(3);
        click("Save");

        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("Must not be below the lowest number (min)");
        assertThat(form.fieldAt("sources[0].seed")).containsSame(area("Sources (one per line: title | publisher | document file)"));
    }

    @Test
    void draggingTheMarkerMovesTheLocationOfTheIncidentEdited() {
        Versioned<Incident> patrol = stored("Patrol fired on near Qamishli");
        LeafletMap map = openView();

        cardAction(map, patrol.item().id(), "Edit");
        ComponentUtil.fireEvent(map, new MarkerMovedEvent(map, true, patrol.item().id(), 37.0612, 41.2504));
        assertThat(number("Longitude (°E)").getValue()).isEqualTo(41.2504);
        test(text("Change comment (optional)")).setValue("moved to the checkpoint");
        click("Save");

        Incident moved = incidents.findById(patrol.item().id()).orElseThrow();
        assertThat(moved.location().getY()).isEqualTo(37.0612);
        assertThat(moved.location().getX()).isEqualTo(41.2504);
        assertThat(editing.history(patrol.item().id()).getFirst().comment()).isEqualTo("moved to the checkpoint");
    }

    @Test
    void aConflictingSaveOffersToReloadTheirs() {
        Versioned<Incident> patrol = stored("Patrol stopped at a checkpoint");
        LeafletMap map = openView();
        cardAction(map, patrol.item().id(), "Edit");
        changeMeanwhile(patrol, "Patrol turned back at a checkpoint");

        test(text("Title")).setValue("Patrol blocked at a checkpoint");
        click("Save");

        ConflictDialog conflict = $(ConflictDialog.class).single();
        assertThat($(ListItem.class, conflict).all()).extracting(ListItem::getText)
                .containsExactly("Title: Patrol stopped at a checkpoint → Patrol turned back at a checkpoint");
        test(conflict.reloadButton()).click();
        assertThat(text("Title").getValue()).isEqualTo("Patrol turned back at a checkpoint");

        test(area("What happened")).setValue("The patrol turned back after an hour.");
        click("Save");
        Incident saved = incidents.findById(patrol.item().id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Patrol turned back at a checkpoint");
        assertThat(saved.summary()).isEqualTo("The patrol turned back after an hour.");
        assertThat(store.current(patrol.item().id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aConflictingSaveCanOverwriteKnowingly() {
        Versioned<Incident> patrol = stored("Convoy passed the checkpoint");
        LeafletMap map = openView();
        cardAction(map, patrol.item().id(), "Edit");
        changeMeanwhile(patrol, "Convoy waved through the checkpoint");

        test(text("Title")).setValue("Convoy searched at the checkpoint");
        click("Save");
        test($(ConflictDialog.class).single().overwriteButton()).click();

        assertThat(incidents.findById(patrol.item().id()).orElseThrow().title()).isEqualTo("Convoy searched at the checkpoint");
        assertThat(store.current(patrol.item().id()).orElseThrow().version()).isEqualTo(3);
    }

    private void changeMeanwhile(Versioned<Incident> incident, String title) {
        IncidentDraft theirs = editing.draftOf(incident.item());
        theirs.setTitle(title);
        editing.update(incident.item().id(), theirs, incident.version(), "their change");
    }

    @Test
    void theHistoryShowsWhatChangedAndRestoresAnEarlierVersion() {
        Versioned<Incident> patrol = stored("Patrol met a Russian convoy");
        IncidentDraft second = editing.draftOf(patrol.item());
        second.setTitle("Patrol blocked by a Russian convoy");
        editing.update(patrol.item().id(), second, 1, "more precise");
        second.setPlace("east of Qamishli");
        editing.update(patrol.item().id(), second, 2, null);
        LeafletMap map = openView();

        cardAction(map, patrol.item().id(), "History");
        HistoryDialog history = $(HistoryDialog.class).single();
        assertThat($(ListItem.class, history).all()).extracting(ListItem::getText).containsExactly(
                "Place: near Qamishli → east of Qamishli",
                "Title: Patrol met a Russian convoy → Patrol blocked by a Russian convoy");
        assertThat($(Button.class, history).withText("Restore version 3").exists()).isFalse();
        test($(Button.class, history).withText("Restore version 1").single()).click();

        Incident restored = incidents.findById(patrol.item().id()).orElseThrow();
        assertThat(restored.title()).isEqualTo("Patrol met a Russian convoy");
        assertThat(restored.place()).isEqualTo("near Qamishli");
        assertThat(editing.history(patrol.item().id()).getFirst().restoredFrom()).isEqualTo(1L);
        assertThat(gridIds()).contains(patrol.item().id());
    }

    @Test
    void theHistoryNamesEachFieldAsTheFormLabelsItWithPlainValues() {
        Versioned<Incident> patrol = stored("Patrol shelled near Tal Baydar");
        IncidentDraft second = editing.draftOf(patrol.item());
        second.getSideACounts().setKilledMin(1);
        second.getSideACounts().setKilledMax(3);
        second.setSideA(List.of("US forces", "SDF"));
        second.setCategory(IncidentCategory.ROCKET_ARTILLERY);
        second.setLatitude(37.1);
        editing.update(patrol.item().id(), second, 1, null);
        LeafletMap map = openView();

        cardAction(map, patrol.item().id(), "History");

        assertThat($(ListItem.class, $(HistoryDialog.class).single()).all()).extracting(ListItem::getText).containsExactlyInAnyOrder(
                "Location: 37.05, 41.22 (lat, lon) → 37.1, 41.22 (lat, lon)",
                "Category: " + IncidentCategory.SMALL_ARMS_FIRE.label() + " → " + IncidentCategory.ROCKET_ARTILLERY.label(),
                "Coalition forces: US forces → US forces; SDF",
                "Coalition side killed, at least: (none) → 1",
                "Coalition side killed, at most: (none) → 3");
    }

    @Test
    void aFieldTheFormDoesNotKnowIsNamedByItsPath() {
        openView();
        FieldLabels labels = FieldLabels.of(new IncidentForm(List.of()));

        assertThat(ChangeText.of(new FieldChange("casualties.sideA.missing", null, "2"), labels))
                .isEqualTo("casualties.sideA.missing: (none) → 2");
        assertThat(ChangeText.of(new FieldChange("sources", "[{\"title\":\"Patrol report\"}]", null), labels))
                .isEqualTo("Sources: Patrol report → (none)");
        assertThat(ChangeText.of(new FieldChange("timeOfDay", null, "\"04:30\""), labels))
                .isEqualTo("Local time (HH:MM): (none) → 04:30");
    }

    @Test
    void deletingAsksFirstAndThenTakesTheIncidentOffTheMapAndGrid() {
        Versioned<Incident> patrol = stored("Shots at a patrol near Tal Tamr");
        LeafletMap map = openView();
        assertThat(gridIds()).contains(patrol.item().id());

        cardAction(map, patrol.item().id(), "Delete");
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("Shots at a patrol near Tal Tamr").contains("history stays");
        assertThat(incidents.findById(patrol.item().id())).isPresent();
        test(confirm).confirm();

        assertThat(incidents.findById(patrol.item().id())).isEmpty();
        assertThat(gridIds()).doesNotContain(patrol.item().id());
        assertThat(editing.history(patrol.item().id())).hasSize(2);
    }

    @Test
    void theCardBesideTheGridOffersEditorsEditHistoryAndDelete() {
        Versioned<Incident> patrol = stored("Shots at a convoy near Hasakah");
        LeafletMap map = openView();

        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "incidents", patrol.item().id()));
        IncidentDetail detail = $(IncidentDetail.class).single();
        assertThat($(Button.class, detail).all()).extracting(Button::getText)
                .containsExactly("Close", "Edit", "History", "Delete");
        test($(Button.class, detail).withText("Edit").single()).click();

        assertThat(editor().isOpened()).isTrue();
        assertThat(text("Title").getValue()).isEqualTo("Shots at a convoy near Hasakah");
    }

    @Test
    void deletingFromTheCardBesideTheGridClosesTheCard() {
        Versioned<Incident> patrol = stored("Shots at a convoy near Shaddadi");
        LeafletMap map = openView();
        ComponentUtil.fireEvent(map, new FeatureClickEvent(map, true, "incidents", patrol.item().id()));
        IncidentDetail detail = $(IncidentDetail.class).single();

        test($(Button.class, detail).withText("Delete").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(incidents.findById(patrol.item().id())).isEmpty();
        assertThat(detail.isVisible()).isFalse();
    }

    @Test
    void anEditorRestoresAnIncidentFromTheDeletedOnesLongAfterItsUndoNotice() {
        Versioned<Incident> patrol = stored("Patrol ambushed near Hasakah");
        String id = patrol.item().id();
        editing.delete(id, 1, "a duplicate");
        openView();
        assertThat(gridIds()).doesNotContain(id);

        click("Deleted incidents");
        DeletedIncidentsDialog dialog = $(DeletedIncidentsDialog.class).single();
        assertThat($(Paragraph.class, dialog).all()).extracting(Paragraph::getText).contains("Patrol ambushed near Hasakah")
                .anySatisfy(line -> assertThat(line).startsWith("Deleted by erin, 20").endsWith(" UTC: “a duplicate”"));
        test(restoreButton(dialog, "Patrol ambushed near Hasakah")).click();

        assertThat(incidents.findById(id)).isPresent();
        assertThat(gridIds()).contains(id);
        assertThat(dialog.message().getText()).isEqualTo("Restored “Patrol ambushed near Hasakah”.");
        assertThat($(Paragraph.class, dialog).all()).extracting(Paragraph::getText).doesNotContain("Patrol ambushed near Hasakah");
        assertThat(editing.history(id).getFirst().restoredFrom()).isEqualTo(1L);
    }

    @Test
    void aRestoreOfAnIncidentRestoredMeanwhileIsRefusedAndTheListReloaded() {
        Versioned<Incident> patrol = stored("Patrol stopped near Derik");
        String id = patrol.item().id();
        editing.delete(id, 1, null);
        openView();
        click("Deleted incidents");
        DeletedIncidentsDialog dialog = $(DeletedIncidentsDialog.class).single();
        editing.restore(id, 1, 2, "restored elsewhere");

        test(restoreButton(dialog, "Patrol stopped near Derik")).click();

        assertThat(dialog.message().getText()).startsWith("Not restored: ");
        assertThat(restoreButtons(dialog)).doesNotContain("Restore “Patrol stopped near Derik”");
        assertThat(store.current(id).orElseThrow().version()).isEqualTo(3);
    }

    private Button restoreButton(DeletedIncidentsDialog dialog, String title) {
        return $(Button.class, dialog).withCondition(button -> button.getAriaLabel().orElse("").equals("Restore “" + title + "”"))
                .single();
    }

    private List<String> restoreButtons(DeletedIncidentsDialog dialog) {
        return $(Button.class, dialog).all().stream().map(button -> button.getAriaLabel().orElse("")).toList();
    }

    @Test
    @WithMockUser(username = "val", roles = "VIEWER")
    void aViewerSeesNoEditingAndCardActionsOpenNothing() {
        Versioned<Incident> patrol = asEditor(() -> stored("Patrol watched by a drone"));
        LeafletMap map = openView();

        assertThat($(Button.class).withText("New incident").exists()).isFalse();
        assertThat($(Button.class).withText("Deleted incidents").exists()).isFalse();
        cardAction(map, patrol.item().id(), "Edit");
        cardAction(map, patrol.item().id(), "Delete");
        assertThat($(IncidentEditor.class).exists()).isFalse();
        assertThat($(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorSeesNoEditing() {
        openView();

        assertThat($(Button.class).withText("New incident").exists()).isFalse();
        assertThat($(IncidentEditor.class).exists()).isFalse();
    }

    private <T> T asEditor(java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var viewer = context.getAuthentication();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "erin", null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_VIEWER"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            return action.get();
        } finally {
            context.setAuthentication(viewer);
        }
    }
}
