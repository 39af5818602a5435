package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryPage;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.UnknownReferenceException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incidents' items: the dates and box of the items query and at most one spatial parameter
 * ({@link SpatialParameters}) make an {@link IncidentQuery}, which {@link IncidentQueryService} answers as it does
 * for the map. A plain request is answered one page at a time (only the page's incidents are encoded and given
 * derived attributes); a request that filters or sorts on properties, or whose box crosses the antimeridian, is
 * filtered and sorted on the incidents themselves ({@link FilteredIncidentPages}) and only its page is encoded.
 * Each feature carries, besides the incident's own properties and their flat
 * copies ({@link FlatProperties}), what the analysis derives for it: {@code bank} (east, west or outside-area),
 * {@code bankCertainty} (certain, or uncertain when the location's uncertainty circle reaches the river),
 * {@code riverDistanceKm}, {@code nearestSite}, {@code nearestSiteKm} and, when a spatial parameter was given,
 * {@code answer} (inside or uncertain).
 */
final class IncidentItems {

    /** The query parameters only the incidents take: the spatial ones and the radius that goes with {@code near}. */
    static final List<String> PARAMETERS = List.of("side", "near", "km", "nearRiver", "zone", "region", "bank");

    private IncidentItems() {
    }

    /** One page of the answers, for a box that is absent or one part; with the count of all answers. */
    static Page page(IncidentQueryService queries, ItemsQuery query) {
        IncidentFilter filter = IncidentFilter.all().withDates(query.from(), query.to())
                .withBbox(query.bbox() == null ? null : query.bbox().parts().getFirst());
        QueryPage result = answering(() -> queries.page(filter, () -> SpatialParameters.parse(query.parameters()),
                query.offset(), query.limit()));
        boolean spatial = result.query().spatial() != null;
        return new Page(result.answers().stream().map(answer -> feature(answer, spatial)).toList(), result.numberMatched());
    }

    /** Every feature that answers the query, in the repository's order. */
    static List<ObjectNode> features(IncidentQueryService queries, ItemsQuery query) {
        IncidentFilter filter = IncidentFilter.all().withDates(query.from(), query.to());
        QueryResult result = answering(() -> queries.run(filter, () -> SpatialParameters.parse(query.parameters())));
        boolean spatial = result.query().spatial() != null;
        return result.answers().stream()
                .filter(answer -> query.bbox() == null || query.bbox().covers(answer.incident().location().getCoordinate()))
                .map(answer -> feature(answer, spatial)).toList();
    }

    /** One page of features and how many match in all. */
    record Page(List<ObjectNode> features, int numberMatched) {
    }

    static <T> T answering(Supplier<T> question) {
        try {
            return question.get();
        } catch (UnknownReferenceException e) {
            boolean site = e.kind().equals("site");
            throw new InvalidParameterException(site ? "near" : "zone", "names no " + e.kind() + ": '" + e.id() + "'; GET /api/collections/"
                    + (site ? "sites" : "zones") + "/items lists them");
        }
    }

    /** One answer as a GeoJSON feature with the derived properties, and the answer when a condition was asked. */
    static ObjectNode feature(IncidentAnswer answer, boolean withAnswer) {
        ObjectNode feature = IncidentGeoJson.feature(answer.incident());
        ObjectNode properties = (ObjectNode) feature.get("properties");
        FlatProperties.addIncident(properties, answer.incident());
        ItemAttributes derived = answer.attributes();
        properties.put("bank", code(derived.bank()));
        properties.put("bankCertainty", derived.bankCertain() ? "certain" : "uncertain");
        properties.put("riverDistanceKm", kilometres(derived.riverDistanceKm()));
        properties.put("nearestSite", derived.nearestSiteId());
        if (Double.isNaN(derived.nearestSiteKm())) {
            properties.putNull("nearestSiteKm");
        } else {
            properties.put("nearestSiteKm", kilometres(derived.nearestSiteKm()));
        }
        if (withAnswer) {
            properties.put("answer", code(answer.answer()));
        }
        return feature;
    }

    /** An enum constant as the API writes it: OUTSIDE_AREA is "outside-area". */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Kilometres rounded to metres (3 decimals). */
    static double kilometres(double km) {
        return Math.round(km * 1000) / 1000.0;
    }
}
