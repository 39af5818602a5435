package org.deconfliction.atlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.store.StoreExamples.AL_TANF;
import static org.deconfliction.atlas.store.StoreExamples.CONOCO;
import static org.deconfliction.atlas.store.StoreExamples.incident;
import static org.deconfliction.atlas.store.StoreExamples.moved;
import static org.deconfliction.atlas.store.StoreExamples.retitled;
import static org.deconfliction.atlas.store.StoreExamples.uniqueId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every incident store does, whatever database holds it: seeded once with the shipped geodata, incidents
 * written, read, filtered and asked every spatial question through {@link IncidentQueryService}, versions with
 * history, stale writes refused, deletes soft and undone by a restore. A store is plugged in by a subclass: the
 * embedded one as configured by default, another by setting {@code atlas.store} and {@code spring.datasource.*}
 * (e.g. with {@code @DynamicPropertySource}). Every test writes incidents of its own, so tests share one store.
 */
@SpringBootTest(properties = "atlas.test.context=incident-store-contract")
@RecordApplicationEvents
public abstract class IncidentStoreContract {

    @Autowired
    protected IncidentStore store;

    @Autowired
    protected IncidentRepository incidents;

    @Autowired
    protected SiteRepository sites;

    @Autowired
    protected IncidentQueryService queries;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected StoreDialect dialect;

    @Autowired
    protected GeodataFiles files;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected StoreChanges changes;

    @Autowired
    protected SiteStore siteStore;

    @Autowired
    protected StoreSeed seed;

    private static final Edit ANALYST = new Edit("analyst", "first report");

    private SpatialAnswer answer(SpatialCondition condition, String id) {
        return queries.run(IncidentQuery.all().withSpatial(condition)).answers().stream()
                .filter(a -> a.incident().id().equals(id)).map(a -> a.answer()).findFirst().orElse(SpatialAnswer.OUTSIDE);
    }

    @Test
    void holdsTheShippedSitesAndIncidentsAfterSeeding() {
        GeodataSiteRepository shippedSites = new GeodataSiteRepository(files);
        List<Incident> shipped = new GeodataIncidentRepository(files, shippedSites).findAll();

        assertThat(sites.findAll()).containsAll(shippedSites.findAll());
        assertThat(incidents.findAll()).containsAll(shipped);
        assertThat(store.history(shipped.getFirst().id())).singleElement().satisfies(version -> {
            assertThat(version.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(version.by()).isEqualTo(Edit.SHIPPED_GEODATA);
            assertThat(version.values()).isEqualTo(shipped.getFirst());
        });
    }

    @Test
    void seedsOnlyOnceSoEditsAndDeletesSurviveTheNextStart() {
        Incident shipped = new GeodataIncidentRepository(files, new GeodataSiteRepository(files)).findAll().get(3);
        long version = store.current(shipped.id()).orElseThrow().version();
        store.update(retitled(shipped, "Corrected title"), version, ANALYST);

        StoreSeed again = new StoreSeed(jdbc, transactions, dialect, files);

        assertThat(again.seededNow()).isFalse();
        assertThat(incidents.findById(shipped.id()).orElseThrow().title()).isEqualTo("Corrected title");
    }

    @Test
    void aCreatedIncidentIsReadEverywhereAtVersionOne() {
        String id = uniqueId("drone-attack");
        Versioned<Incident> created = store.create(incident(id, AL_TANF), ANALYST);

        assertThat(created.version()).isEqualTo(1);
        assertThat(incidents.findById(id)).contains(created.item());
        assertThat(store.current(id)).contains(created);
        assertThat(incidents.find(IncidentFilter.all().withText("garrison")).stream().map(Incident::id)).contains(id);
        assertThat(incidents.count(IncidentFilter.all().withText(id))).isZero();
        assertThat(incidents.findAll()).isSortedAccordingTo(Incident.CHRONOLOGICAL);
        assertThat(events.stream(StoreChangedEvent.class))
                .contains(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of(new ChangedItem(id, 1, ChangeKind.CREATED))));
    }

    @Test
    void everySpatialQuestionIsAnsweredForStoredIncidentsAndFollowsAnEdit() {
        String id = uniqueId("drone-attack");
        Incident atTanf = store.create(incident(id, AL_TANF), ANALYST).item();

        assertThat(answer(new SpatialCondition.NearSite("al-tanf", 5), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.InZone("al-tanf-deconfliction-zone"), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.OnBank(BankSide.WEST), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.InRegion(DrawnRegion.rectangle(38.5, 33.4, 38.7, 33.6)), id))
                .isEqualTo(SpatialAnswer.INSIDE);
        double riverKm = queries.attributes(atTanf).riverDistanceKm();
        assertThat(answer(new SpatialCondition.NearRiver(riverKm + 1), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.NearRiver(riverKm - 1), id)).isEqualTo(SpatialAnswer.OUTSIDE);

        store.update(moved(atTanf, CONOCO), 1, ANALYST);

        assertThat(answer(new SpatialCondition.NearSite("al-tanf", 5), id)).isEqualTo(SpatialAnswer.OUTSIDE);
        assertThat(answer(new SpatialCondition.NearSite("conoco", 1), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.OnBank(BankSide.EAST), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(answer(new SpatialCondition.InRegion(DrawnRegion.rectangle(38.5, 33.4, 38.7, 33.6)), id))
                .isEqualTo(SpatialAnswer.OUTSIDE);
        assertThat(queries.attributes(incidents.findById(id).orElseThrow()).nearestSiteId()).isEqualTo("conoco");
    }

    @Test
    void anUpdateIsANewVersionAndTheHistoryKeepsWhoWhenWhyAndBothValues() {
        String id = uniqueId("drone-attack");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Incident first = store.create(incident(id, AL_TANF), ANALYST).item();

        Versioned<Incident> second = store.update(retitled(first, "Drone attack repelled"), 1, new Edit("editor", "title from the second report"));

        assertThat(second.version()).isEqualTo(2);
        assertThat(incidents.findById(id).orElseThrow().title()).isEqualTo("Drone attack repelled");
        List<ItemVersion<Incident>> history = store.history(id);
        assertThat(history).extracting(ItemVersion::version, ItemVersion::kind, ItemVersion::by, ItemVersion::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, ChangeKind.CREATED, "analyst", "first report"),
                        org.assertj.core.groups.Tuple.tuple(2L, ChangeKind.UPDATED, "editor", "title from the second report"));
        assertThat(history.get(0).values()).isEqualTo(first);
        assertThat(history.get(1).values()).isEqualTo(second.item());
        assertThat(history.get(1).at()).isAfterOrEqualTo(before);
        assertThat(FieldChange.between(org.deconfliction.atlas.incident.IncidentGeoJson.feature(history.get(0).values()),
                org.deconfliction.atlas.incident.IncidentGeoJson.feature(history.get(1).values())))
                .containsExactly(new FieldChange("title", "\"Drone attack on the garrison\"", "\"Drone attack repelled\""));
    }

    @Test
    void aWriteBasedOnAStaleVersionIsRefusedWithWhatChangedMeanwhile() {
        String id = uniqueId("drone-attack");
        Incident first = store.create(incident(id, AL_TANF), ANALYST).item();
        store.update(retitled(first, "Edited by the first editor"), 1, Edit.by("first"));

        assertThatThrownBy(() -> store.update(moved(first, CONOCO), 1, Edit.by("second")))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(1);
                    assertThat(conflict.currentVersion()).isEqualTo(2);
                    assertThat(conflict.current().by()).isEqualTo("first");
                    assertThat(conflict.changedSince()).extracting(FieldChange::field).containsExactly("title");
                });
        assertThat(store.history(id)).hasSize(2);
        assertThat(incidents.findById(id).orElseThrow().location().toText()).isEqualTo("POINT (38.61778 33.50583)");
        assertThatThrownBy(() -> store.delete(id, 1, Edit.by("second"))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    void aDeleteHidesTheIncidentFromEveryReadButKeepsItsHistoryAndItsId() {
        String id = uniqueId("drone-attack");
        Incident first = store.create(incident(id, AL_TANF), ANALYST).item();

        assertThat(store.delete(id, 1, new Edit("editor", "duplicate report"))).isEqualTo(2);

        assertThat(incidents.findById(id)).isEmpty();
        assertThat(store.current(id)).isEmpty();
        assertThat(incidents.findAll()).extracting(Incident::id).doesNotContain(id);
        assertThat(incidents.find(IncidentFilter.all().withText("garrison"))).extracting(Incident::id).doesNotContain(id);
        assertThat(queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("al-tanf", 5))).answers())
                .extracting(a -> a.incident().id()).doesNotContain(id);
        assertThat(store.history(id)).extracting(ItemVersion::kind).containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
        assertThat(store.history(id).get(1).values()).isEqualTo(first);
        assertThatThrownBy(() -> store.update(first, 2, ANALYST))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> assertThat(e.deleted()).isTrue());
        assertThatThrownBy(() -> store.create(first, ANALYST)).isInstanceOf(IdTakenException.class);
    }

    @Test
    void aRestoreBringsBackAnEarlierVersionAsANewOneAndUndoesADelete() {
        String id = uniqueId("drone-attack");
        Incident first = store.create(incident(id, AL_TANF), ANALYST).item();
        store.update(retitled(first, "Second title"), 1, ANALYST);
        store.delete(id, 2, ANALYST);

        Versioned<Incident> restored = store.restore(id, 1, 3, new Edit("editor", "the first version was right"));

        assertThat(restored).isEqualTo(new Versioned<>(first, 4));
        assertThat(incidents.findById(id)).contains(first);
        assertThat(answer(new SpatialCondition.NearSite("al-tanf", 5), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(store.version(id, 4).orElseThrow()).satisfies(version -> {
            assertThat(version.kind()).isEqualTo(ChangeKind.RESTORED);
            assertThat(version.restoredFrom()).isEqualTo(1L);
            assertThat(version.comment()).isEqualTo("the first version was right");
        });
        assertThatThrownBy(() -> store.restore(id, 9, 4, ANALYST)).isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void theDeletedIncidentsAreListedNewestFirstWithTheirDeleteUntilRestored() throws InterruptedException {
        String older = uniqueId("drone-attack");
        String newer = uniqueId("drone-attack");
        Incident first = store.create(incident(older, AL_TANF), ANALYST).item();
        store.create(incident(newer, CONOCO), ANALYST);
        store.delete(older, 1, new Edit("editor", "duplicate report"));
        Thread.sleep(5); // the history keeps milliseconds: the second delete is strictly later
        store.delete(newer, 1, new Edit("admin", null));

        List<ItemVersion<Incident>> deleted = store.deleted(1000);
        assertThat(deleted).extracting(ItemVersion::id).containsSubsequence(newer, older);
        assertThat(deleted).allSatisfy(version -> assertThat(version.kind()).isEqualTo(ChangeKind.DELETED));
        assertThat(deleted).filteredOn(version -> version.id().equals(older)).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(2);
            assertThat(version.by()).isEqualTo("editor");
            assertThat(version.comment()).isEqualTo("duplicate report");
            assertThat(version.values()).isEqualTo(first);
        });
        assertThat(store.deleted(1)).extracting(ItemVersion::id).containsExactly(newer);

        store.restore(older, 1, 2, ANALYST);
        assertThat(store.deleted(1000)).extracting(ItemVersion::id).doesNotContain(older).contains(newer);
    }

    @Test
    void anIncidentThatBreaksTheGeodataRulesIsRefusedNamingTheField() {
        String id = uniqueId("drone-attack");
        Incident unknownSite = StoreExamples.atSite(incident(id, AL_TANF), "no-such-site");

        assertThatThrownBy(() -> store.create(unknownSite, ANALYST))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> {
                    assertThat(e.field()).isEqualTo("siteId");
                    assertThat(e.problem()).contains("no-such-site");
                });
        assertThatThrownBy(() -> store.create(incident("Not A Slug", AL_TANF), ANALYST))
                .isInstanceOfSatisfying(InvalidItemException.class, e -> assertThat(e.field()).isNull());
        assertThat(store.history(id)).isEmpty();
        assertThat(incidents.findById(id)).isEmpty();
    }

    @Test
    void manyIncidentsAreDeletedTogetherEachAtItsCurrentVersionWithTheirHistoryKept() {
        String edited = uniqueId("bulk-delete");
        String plain = uniqueId("bulk-delete");
        String gone = uniqueId("bulk-delete");
        store.createAll(List.of(incident(edited, AL_TANF), incident(plain, CONOCO), incident(gone, AL_TANF)), ANALYST);
        Incident retitled = retitled(store.current(edited).orElseThrow().item(), "Drone attack repelled");
        store.update(retitled, 1, new Edit("editor", "second report"));
        store.delete(gone, 1, new Edit("editor", "duplicate report"));
        events.clear();

        Edit undo = new Edit("editor", "undo of import 7 (export.csv)");
        assertThat(store.deleteAll(List.of(edited, plain, gone, uniqueId("never-stored")), undo)).isEqualTo(2);

        assertThat(incidents.findById(edited)).isEmpty();
        assertThat(incidents.findById(plain)).isEmpty();
        assertThat(store.history(edited)).extracting(ItemVersion::kind)
                .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED);
        assertThat(store.history(edited).getLast()).satisfies(v -> {
            assertThat(v.values()).isEqualTo(retitled);
            assertThat(v.comment()).isEqualTo("undo of import 7 (export.csv)");
            assertThat(v.by()).isEqualTo("editor");
        });
        assertThat(store.history(gone)).extracting(ItemVersion::kind).containsExactly(ChangeKind.CREATED, ChangeKind.DELETED);
        assertThat(events.stream(StoreChangedEvent.class).filter(e -> e.ids().containsAll(Set.of(edited, plain)))).hasSize(1);
        assertThat(store.restore(plain, 1, 2, ANALYST).item().id()).isEqualTo(plain);
        assertThat(store.deleteAll(List.of(), undo)).isZero();
    }

    @Test
    void manyIncidentsGoInTogetherOrNotAtAll() {
        String a = uniqueId("bulk");
        String b = uniqueId("bulk");
        List<Incident> batch = List.of(incident(a, AL_TANF), incident(b, CONOCO));
        int before = incidents.findAll().size();

        assertThatThrownBy(() -> store.createAll(List.of(incident(a, AL_TANF), incident(a, CONOCO)), ANALYST))
                .isInstanceOf(IdTakenException.class);
        assertThat(incidents.findAll()).hasSize(before);

        assertThat(store.createAll(batch, ANALYST)).extracting(Versioned::version).containsExactly(1L, 1L);
        assertThat(incidents.findAll()).hasSize(before + 2);
        assertThat(events.stream(StoreChangedEvent.class).filter(e -> e.ids().containsAll(Set.of(a, b)))).hasSize(1);
    }

    @Test
    void aChangeHeardFromAnotherInstanceReachesTheRepositoryTheIndexAndTheListeners() {
        JdbcSiteRepository otherSites = new JdbcSiteRepository(jdbc, dialect, seed);
        JdbcIncidentRepository otherIncidents = new JdbcIncidentRepository(jdbc, dialect, otherSites);
        IncidentStore otherInstance = new JdbcIncidentStore(jdbc, transactions, dialect, otherSites,
                new StoreChanges(otherIncidents, otherSites, event -> { }, jdbc));
        String id = uniqueId("elsewhere");
        otherInstance.create(incident(id, AL_TANF), ANALYST);
        assertThat(incidents.findById(id)).isEmpty();

        changes.changedElsewhere(StoredLayer.INCIDENTS, List.of(id));

        assertThat(incidents.findById(id)).isPresent();
        assertThat(answer(new SpatialCondition.NearSite("al-tanf", 5), id)).isEqualTo(SpatialAnswer.INSIDE);
        assertThat(events.stream(StoreChangedEvent.class))
                .contains(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of(new ChangedItem(id, 1, ChangeKind.CREATED))));
    }

    @Test
    void aFreshReadOfTheStoreHoldsEveryIncidentAsWrittenInOrderWithRepeatedValuesHeldOnce() {
        String one = uniqueId("repeated");
        String two = uniqueId("repeated");
        store.createAll(List.of(incident(one, AL_TANF), incident(two, CONOCO)), ANALYST);
        Incident edited = retitled(incidents.findById(one).orElseThrow(), "Drone attack on the garrison, corrected");
        store.update(edited, 1, ANALYST);

        JdbcIncidentRepository fresh = new JdbcIncidentRepository(jdbc, dialect, new JdbcSiteRepository(jdbc, dialect, seed));

        assertThat(fresh.findAll()).containsExactlyElementsOf(incidents.findAll());
        Incident a = fresh.findById(one).orElseThrow();
        Incident b = fresh.findById(two).orElseThrow();
        assertThat(a).isEqualTo(edited);
        assertThat(b).isEqualTo(incident(two, CONOCO));
        assertThat(b.actors()).isSameAs(a.actors());
        assertThat(b.sources()).isSameAs(a.sources());
        assertThat(b.casualties()).isSameAs(a.casualties());
        assertThat(b.date()).isSameAs(a.date());
        assertThat(b.place()).isSameAs(a.place());
    }

    @Test
    void sitesAreCreatedAndUpdatedWithVersionsAndTheirIncidentsAreFoundByTheSiteName() {
        String siteId = uniqueId("outpost");
        Versioned<org.deconfliction.atlas.site.Site> created = siteStore.create(StoreExamples.site(siteId, "Qasr Zelda", CONOCO), ANALYST);
        String id = uniqueId("at-outpost");
        store.create(StoreExamples.atSite(incident(id, CONOCO), siteId), ANALYST);
        assertThat(sites.findById(siteId)).contains(created.item());
        assertThat(incidents.find(IncidentFilter.all().withText("Qasr Zelda"))).extracting(Incident::id).containsExactly(id);

        org.deconfliction.atlas.site.Site renamed = StoreExamples.site(siteId, "Qasr Yelda", CONOCO);
        assertThat(siteStore.update(renamed, 1, Edit.by("editor")).version()).isEqualTo(2);

        assertThat(sites.findById(siteId).orElseThrow().name()).isEqualTo("Qasr Yelda");
        assertThat(incidents.find(IncidentFilter.all().withText("Qasr Yelda"))).extracting(Incident::id).containsExactly(id);
        assertThat(siteStore.history(siteId)).extracting(ItemVersion::kind).containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
        assertThatThrownBy(() -> siteStore.update(StoreExamples.site(siteId, "Stale", CONOCO), 1, Edit.by("other")))
                .isInstanceOfSatisfying(VersionConflictException.class, conflict -> {
                    assertThat(conflict.layer()).isEqualTo(StoredLayer.SITES);
                    assertThat(conflict.changedSince()).extracting(FieldChange::field).contains("name");
                });
        assertThatThrownBy(() -> siteStore.create(renamed, ANALYST)).isInstanceOf(IdTakenException.class);
    }
}
