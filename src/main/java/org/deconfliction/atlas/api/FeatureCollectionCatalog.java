package org.deconfliction.atlas.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.reference.DeconflictionLine;
import org.deconfliction.atlas.reference.ReferenceGeoJson;
import org.deconfliction.atlas.reference.ReferenceLayers;
import org.deconfliction.atlas.reference.River;
import org.deconfliction.atlas.reference.Zone;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteRepository;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The layers the API publishes, each with an id, a title, a description, its extent, the query parameters of its
 * own beside the common ones, how to answer an items query over it and how to find one feature by id.
 */
@Component
class FeatureCollectionCatalog {

    /**
     * One published layer.
     *
     * @param extent        the extent of its features now (the store may change between requests)
     * @param ownParameters the query parameters only this layer takes
     * @param items         every feature that answers a query
     * @param pages         one page of a query's answers without encoding the others; null when the layer has no
     *                      such shortcut
     * @param filtered      one page of a filtered or ordered query's answers without encoding the others; null when
     *                      the layer has no such shortcut
     */
    record Entry(String id, String title, String description, Supplier<Extent> extent, Set<String> ownParameters,
            Function<ItemsQuery, List<ObjectNode>> items, Function<ItemsQuery, IncidentItems.Page> pages,
            Function<String, Optional<ObjectNode>> item,
            Function<FilteredIncidentPages.Request, FilteredIncidentPages.Selected> filtered) {
    }

    /**
     * Where and when a layer's features are: {@code box} in lon/lat degrees (null when the layer is empty), the
     * first and last day of its dates (null for a layer without dates).
     */
    record Extent(Envelope box, LocalDate firstDay, LocalDate lastDay) {

        boolean dated() {
            return firstDay != null;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /**
     * {@code maxTextTests} is the most incidents a CQL2 filter tests a LIKE or a nested property on in one items
     * request ({@code atlas.api.max-text-tested}), the terms whose cost grows with the text or the encoded feature.
     */
    FeatureCollectionCatalog(SiteRepository sites, IncidentRepository incidents, IncidentQueryService queries,
            ReferenceLayers reference, @Value("${atlas.api.max-text-tested:200000}") long maxTextTests) {
        add(new Entry("sites", "Sites", "Bases, oil and gas fields, towns, airbases and crossings named in the sources",
                () -> new Extent(extent(sites.findAll().stream().map(Site::location)), null, null), Set.of(),
                q -> undated(sites.findAll(), q, Site::location, FeatureCollectionCatalog::site), null,
                id -> sites.findById(id).map(FeatureCollectionCatalog::site), null));
        add(new Entry("incidents", "Incidents", "Dated, placed incidents drawn from the source documents",
                () -> incidentExtent(incidents.findAll()), Set.copyOf(IncidentItems.PARAMETERS), q -> IncidentItems.features(queries, q), q -> IncidentItems.page(queries, q),
                id -> incidents.findById(id).map(i -> IncidentItems.feature(new IncidentAnswer(i,
                        org.deconfliction.atlas.analysis.SpatialAnswer.INSIDE, queries.attributes(i)), false)),
                request -> FilteredIncidentPages.select(queries, request, maxTextTests)));
        add(reference("rivers", "Rivers", "The Euphrates from GSHHG/WDBII, ordered downstream", reference.rivers(),
                River::id, River::course, ReferenceGeoJson::river));
        add(reference("lines", "Deconfliction lines", "The US–Russian deconfliction line along the Euphrates (approximate)",
                reference.lines(), DeconflictionLine::id, DeconflictionLine::path, ReferenceGeoJson::line));
        add(reference("zones", "Deconfliction zones", "Zones such as the 55 km circle around al-Tanf, as geodesic circles",
                reference.zones(), Zone::id, Zone::area, ReferenceGeoJson::zone));
    }

    private static ObjectNode site(Site site) {
        ObjectNode feature = SiteGeoJson.feature(site);
        FlatProperties.addLocation((ObjectNode) feature.get("properties"), site.uncertainty());
        return feature;
    }

    private static <T> Entry reference(String id, String title, String description, List<T> items, Function<T, String> itemId,
            Function<T, Geometry> geometry, Function<T, ObjectNode> encode) {
        Extent extent = new Extent(extent(items.stream().map(geometry)), null, null);
        return new Entry(id, title, description, () -> extent, Set.of(),
                q -> undated(items, q, geometry, encode), null,
                wanted -> items.stream().filter(item -> itemId.apply(item).equals(wanted)).findFirst().map(encode), null);
    }

    /** Items without dates, filtered by the query's box only (a {@code datetime} does not apply to them). */
    private static <T> List<ObjectNode> undated(List<T> items, ItemsQuery query, Function<T, Geometry> geometry,
            Function<T, ObjectNode> encode) {
        return items.stream().filter(item -> query.bbox() == null || query.bbox().intersects(geometry.apply(item)))
                .map(encode).toList();
    }

    private static Extent incidentExtent(List<Incident> all) {
        return new Extent(extent(all.stream().map(Incident::location)),
                all.stream().map(i -> i.date().start()).min(LocalDate::compareTo).orElse(null),
                all.stream().map(i -> i.date().end()).max(LocalDate::compareTo).orElse(null));
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
