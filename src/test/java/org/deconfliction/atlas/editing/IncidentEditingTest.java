package org.deconfliction.atlas.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.security.ContextUserHolder;
import org.deconfliction.atlas.store.ChangeKind;
import org.deconfliction.atlas.store.IncidentStore;
import org.deconfliction.atlas.store.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The editing service over a real embedded store of its own: drafts read by the geodata rules, roles, ids, history. */
@SpringBootTest(properties = "atlas.data.folder=${user.dir}/target/test-data/editing-service-${random.uuid}")
@ExtendWith(ContextUserHolder.class)
@WithMockUser(username = "erin", roles = {"VIEWER", "EDITOR"})
class IncidentEditingTest {

    @Autowired
    IncidentEditing editing;

    @Autowired
    IncidentRepository incidents;

    @Autowired
    IncidentStore store;

    /** A valid new incident at the Conoco gas field. */
    static IncidentDraft conoco(IncidentEditing editing) {
        IncidentDraft draft = editing.blank(LocalDate.of(2019, 5, 4));
        draft.setTitle("Artillery near the Conoco field");
        draft.setSummary("Shells landed near the coalition post at the gas field.");
        draft.setCategory(IncidentCategory.ROCKET_ARTILLERY);
        draft.setOpponent(Opponent.IRAN_BACKED);
        draft.setSideA(List.of("US forces", "SDF"));
        draft.setSideB(List.of("Iran-backed militia"));
        draft.setPlace("Conoco gas field");
        draft.setLatitude(35.33611);
        draft.setLongitude(40.30944);
        draft.setDateStart(LocalDate.of(2019, 5, 4));
        draft.setSources(List.of(new SourceReference("Field report", "Coalition press office", null)));
        return draft;
    }

    @Test
    void everyShippedIncidentSurvivesTheFormUnchanged() {
        for (Incident incident : incidents.findAll()) {
            assertThat(editing.check(editing.draftOf(incident), incident.id())).as(incident.id()).isEqualTo(incident);
        }
    }

    @Test
    void aDraftIsCheckedByTheGeodataRulesNamingTheFieldAtFault() {
        IncidentDraft month = conoco(editing);
        month.setDatePrecision(DatePrecision.MONTH);
        assertThatThrownBy(() -> editing.check(month, "x")).isInstanceOfSatisfying(InvalidDraftException.class, e -> {
            assertThat(e.field()).isEqualTo("date.start");
            assertThat(e.problem()).contains("must be the first day of a month");
        });

        IncidentDraft span = conoco(editing);
        span.setDatePrecision(DatePrecision.RANGE);
        span.setDateEnd(LocalDate.of(2019, 5, 1));
        assertThatThrownBy(() -> editing.check(span, "x")).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.field()).isEqualTo("date.end"));

        IncidentDraft killed = conoco(editing);
        killed.getSideACounts().setKilledMin(5);
        killed.getSideACounts().setKilledMax(3);
        assertThatThrownBy(() -> editing.check(killed, "x")).isInstanceOfSatisfying(InvalidDraftException.class, e -> {
            assertThat(e.field()).isEqualTo("casualties.sideA.killed");
            assertThat(e.problem()).contains("min 5 greater than max 3");
        });

        IncidentDraft site = conoco(editing);
        site.setSiteId("no-such-site");
        assertThatThrownBy(() -> editing.check(site, "x")).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.field()).isEqualTo("siteId"));

        IncidentDraft seed = conoco(editing);
        seed.setSources(List.of(new SourceReference("Report", null, "report.pdf")));
        assertThatThrownBy(() -> editing.check(seed, "x")).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.field()).isEqualTo("sources[0].seed"));

        IncidentDraft outside = conoco(editing);
        outside.setLatitude(48.85);
        outside.setLongitude(2.35);
        assertThatThrownBy(() -> editing.check(outside, "x")).isInstanceOfSatisfying(InvalidDraftException.class, e -> {
            assertThat(e.field()).isEqualTo("geometry");
            assertThat(e.problem()).contains("outside the area the atlas covers");
        });
    }

    @Test
    void aNewIncidentGetsAnIdOfItsTitleAndYearAndIsRecordedUnderTheEditor() {
        Versioned<Incident> first = editing.create(conoco(editing), "seen on the field report");
        Versioned<Incident> second = editing.create(conoco(editing), null);

        assertThat(first.item().id()).startsWith("artillery-near-the-conoco-field-2019");
        assertThat(second.item().id()).isNotEqualTo(first.item().id()).startsWith(first.item().id().replaceAll("-\\d+$", ""));
        assertThat(incidents.findById(first.item().id())).contains(first.item());
        List<HistoryEntry> history = editing.history(first.item().id());
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.by()).isEqualTo("erin");
            assertThat(entry.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(entry.comment()).isEqualTo("seen on the field report");
        });
    }

    @Test
    void theHistoryTellsWhatEachVersionChangedNewestFirst() {
        Versioned<Incident> created = editing.create(conoco(editing), null);
        String id = created.item().id();
        IncidentDraft draft = editing.current(id).orElseThrow().item();
        draft.setTitle("Shelling of the Conoco field");
        editing.update(id, draft, created.version(), "renamed");
        editing.restore(id, 1, 2, null);

        List<HistoryEntry> history = editing.history(id);

        assertThat(history).extracting(HistoryEntry::version).containsExactly(3L, 2L, 1L);
        assertThat(history.get(0).restoredFrom()).isEqualTo(1L);
        assertThat(history.get(0).changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("title");
            assertThat(change.after()).isEqualTo("\"Artillery near the Conoco field\"");
        });
        assertThat(history.get(1).changes()).singleElement().satisfies(change ->
                assertThat(change.after()).isEqualTo("\"Shelling of the Conoco field\""));
    }

    @Test
    void theDeletedIncidentsAreListedWithWhoDeletedThemUntilRestored() {
        Incident created = editing.create(conoco(editing), null).item();
        long deleted = editing.delete(created.id(), 1, "a duplicate");

        assertThat(editing.deleted()).filteredOn(incident -> incident.id().equals(created.id())).singleElement()
                .isEqualTo(new DeletedIncident(created.id(), "Artillery near the Conoco field",
                        store.version(created.id(), deleted).orElseThrow().at(), "erin", "a duplicate", 2));
        editing.restore(created.id(), 1, deleted, null);
        assertThat(editing.deleted()).extracting(DeletedIncident::id).doesNotContain(created.id());
    }

    @Test
    @WithMockUser(username = "val", roles = "VIEWER")
    void aViewerIsRefusedEveryWriteAndNothingIsWritten() {
        Incident shipped = incidents.findAll().getFirst();
        long version = store.current(shipped.id()).orElseThrow().version();
        IncidentDraft draft = editing.draftOf(shipped);
        draft.setTitle("Changed by a viewer");

        assertThat(editing.allowed()).isFalse();
        assertThatThrownBy(() -> editing.update(shipped.id(), draft, version, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.delete(shipped.id(), version, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.create(conoco(editing), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.deleted()).isInstanceOf(AccessDeniedException.class);
        assertThat(store.current(shipped.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(incidents.findById(shipped.id())).contains(shipped);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsAskedToSignIn() {
        assertThat(editing.allowed()).isFalse();
        assertThatThrownBy(() -> editing.create(conoco(editing), null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class).hasMessageContaining("Sign in");
    }
}
