package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.ui.IncidentMapLayers;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.deconfliction.atlas.site.ui.SiteMapLayer;

/**
 * A search box over sites and incidents: by name, place, actor or words of a summary, tolerant of the many
 * spellings of Arabic place names (Deir ez-Zor, Dayr az Zawr; al-Omar, Al Omar). Choosing a result reports it.
 */
class PlaceSearch extends Composite<ComboBox<SearchHit>> {

    PlaceSearch(SiteRepository sites, List<Incident> incidents) {
        List<SearchHit> hits = new ArrayList<>();
        for (Site site : sites.findAll()) {
            List<String> words = new ArrayList<>(site.alternateNames());
            words.add(site.name());
            words.add(site.description());
            hits.add(new SearchHit(SiteMapLayer.LAYER_ID, site.id(), "Site · " + site.name(), TransliterationKey.of(words)));
        }
        for (Incident incident : incidents) {
            Site site = incident.siteId() == null ? null : sites.findById(incident.siteId()).orElse(null);
            hits.add(new SearchHit(IncidentMapLayers.INCIDENTS, incident.id(),
                    "Incident · " + incident.date().label() + " · " + incident.title(),
                    IncidentFilter.searchableWords(incident, site)));
        }
        ComboBox<SearchHit> box = getContent();
        box.setPlaceholder("Find a site or incident");
        box.setAriaLabel("Find a site or incident");
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(SearchHit::label);
        box.setItems((hit, typed) -> hit.matches(typed), hits);
        box.setWidth("18em");
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
