package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The search box's shared index: the best hits of a full ranking, the store read once per change. */
class SearchIndexTest {

    private static final GeodataFiles SHIPPED = new GeodataFiles(new DefaultResourceLoader(), "classpath:geodata/");
    private static final SiteRepository SITES = new GeodataSiteRepository(SHIPPED);
    private static final List<Incident> PATTERNS = new GeodataIncidentRepository(SHIPPED, SITES).findAll();

    private static CountedReadsStore synthetic(int size) {
        CountedReadsStore store = new CountedReadsStore();
        new SyntheticIncidents(SITES.findAll(), PATTERNS, 11).stream(size).sorted(Incident.CHRONOLOGICAL)
                .forEach(store.all::add);
        return store;
    }

    /** Every hit of the query ranked (a stable sort over sites, then incidents in the store's order). */
    private static List<SearchHit> rankedInFull(SearchIndex index, String typed) {
        TransliterationKey query = TransliterationKey.of(typed);
        return index.everyHit().stream().filter(hit -> hit.rank(query).isPresent())
                .sorted(Comparator.comparingInt(hit -> hit.rank(query).getAsInt())).toList();
    }

    @Test
    void listsTheFirstHitsOfTheFullRankingAndNoMore() {
        SearchIndex index = new SearchIndex(SITES, synthetic(3000));

        for (String typed : new String[] {"Deir", "Omar", "strike", "Conoco", "Dayr az Z", "a", "Khasham field"}) {
            List<SearchHit> full = rankedInFull(index, typed);
            List<SearchHit> listed = index.find(TransliterationKey.of(typed));

            assertThat(listed).as(typed).isEqualTo(full.subList(0, Math.min(full.size(), SearchIndex.MOST_LISTED)));
        }
        assertThat(rankedInFull(index, "strike")).as("more hits than listed").hasSizeGreaterThan(SearchIndex.MOST_LISTED);
    }

    @Test
    void everyViewSharesOneReadOfTheStoreUntilItChanges() {
        CountedReadsStore store = synthetic(50);
        SearchIndex index = new SearchIndex(SITES, store);
        PlaceSearch one = new PlaceSearch(index);
        PlaceSearch other = new PlaceSearch(index);
        assertThat(store.reads).as("nothing read when the boxes are made").isZero();

        one.find("Omar");
        other.find("Deir");
        assertThat(store.reads).isEqualTo(1);

        Incident base = store.all.getFirst();
        store.all.add(new Incident("zanzibar-1", "Shelling near Zanzibar", base.summary(), base.category(),
                base.actors(), base.opponent(), base.casualties(), base.place(), base.siteId(), base.location(),
                base.uncertainty(), base.date(), base.timeOfDay(), base.country(), base.sources(), base.disagreements()));
        assertThat(other.find("Zanzibar")).as("unchanged until the store says so").isEmpty();
        index.storeChanged(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of()));

        assertThat(one.find("Zanzibar")).extracting(SearchHit::featureId).containsExactly("zanzibar-1");
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void theEmptyQueryFindsNothingAndReadsNothing() {
        CountedReadsStore store = synthetic(20);
        SearchIndex index = new SearchIndex(SITES, store);

        assertThat(index.find(TransliterationKey.of("  "))).isEmpty();
        assertThat(store.reads).isZero();
    }
}
