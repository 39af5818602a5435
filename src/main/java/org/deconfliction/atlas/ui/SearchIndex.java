package org.deconfliction.atlas.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.site.ui.SiteMapLayer;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the search box finds, shared by every view: the keys of every site's names and of every incident's title and
 * searchable text, made in one pass at the first search after a change of the store and kept until the next change,
 * so that opening a view costs nothing per incident and a search costs one comparison per stored thing. A search
 * lists at most {@value #MOST_LISTED} hits, best first. A change of the store while the keys are being made leaves
 * them to be made again at the next search.
 */
@Component
class SearchIndex {

    /** Most hits one search lists: the best, in rank order and, among equals, sites first and then the store's order. */
    static final int MOST_LISTED = 100;

    private final SiteRepository sites;
    private final IncidentRepository incidents;
    private final Object building = new Object();
    private long generation;
    private List<SearchHit> hits;

    SearchIndex(SiteRepository sites, IncidentRepository incidents) {
        this.sites = sites;
        this.incidents = incidents;
    }

    @EventListener
    synchronized void storeChanged(StoreChangedEvent change) {
        generation++;
        hits = null;
    }

    /**
     * The best hits for the query (see {@link SearchHit#rank}), at most {@value #MOST_LISTED}: what a stable sort by
     * rank of every matching hit would list first. The empty query finds nothing.
     */
    List<SearchHit> find(TransliterationKey query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<List<SearchHit>> byRank = new ArrayList<>();
        int listedBelow = 0;
        int worstNeeded = Integer.MAX_VALUE;
        for (SearchHit hit : current()) {
            OptionalInt found = hit.rank(query);
            if (found.isEmpty() || found.getAsInt() > worstNeeded) {
                continue;
            }
            int rank = found.getAsInt();
            while (byRank.size() <= rank) {
                byRank.add(new ArrayList<>());
            }
            List<SearchHit> sameRank = byRank.get(rank);
            if (sameRank.size() < MOST_LISTED) {
                sameRank.add(hit);
                listedBelow = 0;
                for (int better = 0; better <= rank; better++) {
                    listedBelow += byRank.get(better).size();
                    if (listedBelow >= MOST_LISTED) {
                        worstNeeded = Math.min(worstNeeded, better);
                        break;
                    }
                }
            }
        }
        List<SearchHit> best = new ArrayList<>(MOST_LISTED);
        for (List<SearchHit> sameRank : byRank) {
            for (SearchHit hit : sameRank) {
                if (best.size() < MOST_LISTED) {
                    best.add(hit);
                }
            }
        }
        return best;
    }

    /** Every hit the index holds: the sites, then the incidents in the store's order; for the tests. */
    List<SearchHit> everyHit() {
        return current();
    }

    private List<SearchHit> current() {
        synchronized (building) {
            long started;
            synchronized (this) {
                if (hits != null) {
                    return hits;
                }
                started = generation;
            }
            List<SearchHit> made = made();
            synchronized (this) {
                if (generation == started) {
                    hits = made;
                }
            }
            return made;
        }
    }

    private List<SearchHit> made() {
        List<Incident> stored = incidents.findAll();
        List<SearchHit> all = new ArrayList<>(stored.size() + 100);
        Map<String, Site> byId = new HashMap<>();
        for (Site site : sites.findAll()) {
            byId.put(site.id(), site);
            List<String> names = new ArrayList<>(site.alternateNames());
            names.add(site.name());
            List<String> words = new ArrayList<>(names);
            words.add(site.description());
            all.add(new SearchHit(SiteMapLayer.LAYER_ID, site.id(), "Site · " + site.name(),
                    names.stream().map(TransliterationKey::of).toList(), TransliterationKey.of(words)));
        }
        for (Incident incident : stored) {
            Site site = incident.siteId() == null ? null : byId.get(incident.siteId());
            all.add(new SearchHit(IncidentMapLayers.INCIDENTS, incident.id(),
                    "Incident · " + incident.date().label() + " · " + incident.title(),
                    List.of(TransliterationKey.of(incident.title())), IncidentFilter.searchableWords(incident, site)));
        }
        return List.copyOf(all);
    }
}
