package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.site.ui.SiteMapLayer;

/**
 * A search box over sites and incidents: by name, place, actor or words of a summary, tolerant of the many
 * spellings of Arabic place names (Deir ez-Zor, Dayr az Zawr; al-Omar, Al Omar). Results are listed best first
 * (see {@link SearchHit#rank}); words that match nothing are answered "No match" under the box. Choosing a result
 * reports it.
 */
class PlaceSearch extends Composite<ComboBox<SearchHit>> {

    /** The most characters of typed text searched for; more is cut off, so a keystroke costs a bounded time. */
    static final int MAX_QUERY_LENGTH = 200;
    /** The most characters of the typed text repeated in the "No match" notice. */
    private static final int MAX_ECHO_LENGTH = 40;

    private final SiteRepository sites;
    private final Supplier<List<Incident>> incidents;
    /** What the box searches: the sites, then the incidents; null until the next search after a change. */
    private List<SearchHit> hits;

    /** A box over the sites and the incidents {@code incidents} answers, read at the first search. */
    PlaceSearch(SiteRepository sites, Supplier<List<Incident>> incidents) {
        this.sites = sites;
        this.incidents = incidents;
        ComboBox<SearchHit> box = getContent();
        box.setPlaceholder("Find a site or incident");
        box.setAriaLabel("Find a site or incident");
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(SearchHit::label);
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<SearchHit> found = find(typed);
            if (query.getOffset() == 0) {
                sayWhetherFound(typed, found.isEmpty());
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.setWidth("18em");
    }

    /**
     * Searches the sites and incidents as stored at the next search, e.g. after an edit in any session added,
     * retitled or deleted one, so that the box finds what the map shows; nothing is read until then.
     */
    void forgetIncidents() {
        hits = null;
        getContent().getDataProvider().refreshAll();
    }

    private List<SearchHit> index(List<Incident> incidents) {
        List<SearchHit> all = new ArrayList<>();
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
        for (Incident incident : incidents) {
            Site site = incident.siteId() == null ? null : byId.get(incident.siteId());
            all.add(new SearchHit(IncidentMapLayers.INCIDENTS, incident.id(),
                    "Incident · " + incident.date().label() + " · " + incident.title(),
                    List.of(TransliterationKey.of(incident.title())), IncidentFilter.searchableWords(incident, site)));
        }
        return List.copyOf(all);
    }

    /** The hits for what was typed, best first; sites before incidents and each in their own order among equals. */
    List<SearchHit> find(String typed) {
        String text = typed == null ? "" : typed.substring(0, Math.min(typed.length(), MAX_QUERY_LENGTH));
        TransliterationKey query = TransliterationKey.of(text);
        record Ranked(SearchHit hit, int rank) {
        }
        if (hits == null) {
            hits = index(incidents.get());
        }
        return hits.stream()
                .flatMap(hit -> {
                    OptionalInt rank = hit.rank(query);
                    return rank.isPresent() ? Stream.of(new Ranked(hit, rank.getAsInt())) : Stream.empty();
                })
                .sorted(Comparator.comparingInt(Ranked::rank))
                .map(Ranked::hit)
                .toList();
    }

    private void sayWhetherFound(String typed, boolean nothing) {
        String text = typed == null ? "" : typed.strip();
        if (!nothing || text.isEmpty()) {
            getContent().setHelperText(null);
            return;
        }
        String echo = text.length() > MAX_ECHO_LENGTH ? text.substring(0, MAX_ECHO_LENGTH) + "…" : text;
        getContent().setHelperText("No match for “" + echo + "”");
    }

    /** Listens for a chosen result. */
    Registration addChoiceListener(Consumer<SearchHit> listener) {
        return getContent().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                listener.accept(event.getValue());
            }
        });
    }
}
