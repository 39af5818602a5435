package org.deconfliction.atlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.reference.ReferenceGeoJson;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The layers the API publishes, each with an id, a title, a description and its features as GeoJSON. */
@Component
class FeatureCollectionCatalog {

    /** One published layer. */
    record Entry(String id, String title, String description, Supplier<ObjectNode> features) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    FeatureCollectionCatalog(SiteRepository sites, IncidentRepository incidents, ReferenceLayers reference) {
        add(new Entry("sites", "Sites", "Bases, oil and gas fields, towns, airbases and crossings named in the sources",
                () -> SiteGeoJson.collection(sites.findAll())));
        add(new Entry("incidents", "Incidents", "Armed incidents and troop movements of 2014-2021 drawn from the sources, by date",
                () -> IncidentGeoJson.collection(incidents.findAll())));
        add(new Entry("rivers", "Rivers", "The Euphrates from GSHHG/WDBII, ordered downstream",
                () -> ReferenceGeoJson.rivers(reference.rivers())));
        add(new Entry("lines", "Deconfliction lines", "The US–Russian deconfliction line along the Euphrates (approximate)",
                () -> ReferenceGeoJson.lines(reference.lines())));
        add(new Entry("zones", "Deconfliction zones", "Zones such as the 55 km circle around al-Tanf, as geodesic circles",
                () -> ReferenceGeoJson.zones(reference.zones())));
    }

    private void add(Entry entry) {
        entries.put(entry.id(), entry);
    }

    List<Entry> all() {
        return List.copyOf(entries.values());
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
