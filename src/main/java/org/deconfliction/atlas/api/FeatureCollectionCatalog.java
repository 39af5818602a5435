package org.deconfliction.atlas.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deconfliction.atlas.incident.Incident;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.ReferenceGeoJson;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.reference.River;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.stereotype.Component;

/**
 * The layers the API publishes, each with an id, a title, a description, whether its features are dated, and
 * how to answer an items query over them.
 */
@Component
class FeatureCollectionCatalog {

    /** One published layer, with the box (lon/lat degrees) that holds all its features; null when it is empty. */
    record Entry(String id, String title, String description, boolean dated, Envelope extent,
            Function<ItemsQuery, FeaturePage> items) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    FeatureCollectionCatalog(SiteRepository sites, IncidentRepository incidents, IncidentQueryService queries,
            ReferenceLayers reference) {
        add(new Entry("sites", "Sites", "Bases, oil and gas fields, towns, airbases and crossings named in the sources", false,
                extent(sites.findAll().stream().map(Site::location)), q -> FeaturePage.ofUndated(sites.findAll(), q, Site::location, SiteGeoJson::feature)));
        add(new Entry("incidents", "Incidents", "Dated, placed incidents drawn from the source documents", true,
                extent(incidents.findAll().stream().map(Incident::location)), q -> IncidentItems.page(queries, q)));
        add(new Entry("rivers", "Rivers", "The Euphrates from GSHHG/WDBII, ordered downstream", false,
                extent(reference.rivers().stream().map(River::course)), q -> FeaturePage.ofUndated(reference.rivers(), q, River::course, ReferenceGeoJson::river)));
        add(new Entry("lines", "Deconfliction lines", "The US–Russian deconfliction line along the Euphrates (approximate)", false,
                extent(reference.lines().stream().map(DeconflictionLine::path)), q -> FeaturePage.ofUndated(reference.lines(), q, DeconflictionLine::path, ReferenceGeoJson::line)));
        add(new Entry("zones", "Deconfliction zones", "Zones such as the 55 km circle around al-Tanf, as geodesic circles", false,
                extent(reference.zones().stream().map(Zone::area)), q -> FeaturePage.ofUndated(reference.zones(), q, Zone::area, ReferenceGeoJson::zone)));
    }

    private static Envelope extent(Stream<? extends Geometry> geometries) {
        Envelope extent = new Envelope();
        geometries.forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
        return extent.isNull() ? null : extent;
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
