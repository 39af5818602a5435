package org.deconfliction.atlas.api;

import java.util.Locale;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryPage;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.UnknownReferenceException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incidents' items: the box and dates of the items query and at most one spatial parameter
 * ({@link SpatialParameters}) make an {@link IncidentQuery}, which {@link IncidentQueryService} answers as it does
 * for the map, one page at a time (only the page's incidents are encoded and given derived attributes). Each
 * feature carries, besides the incident's own properties, what the analysis derives for it: {@code bank} (east,
 * west or outside-area), {@code bankCertainty} (certain, or uncertain when the location's uncertainty circle
 * reaches the river), {@code riverDistanceKm}, {@code nearestSite},
 * {@code nearestSiteKm} and, when a spatial parameter was given, {@code answer} (inside or uncertain).
 */
final class IncidentItems {

    private IncidentItems() {
    }

    /** The page of answers the query asks for. */
    static FeaturePage page(IncidentQueryService queries, ItemsQuery query) {
        IncidentFilter filter = IncidentFilter.all().withBbox(query.bbox()).withDates(query.from(), query.to());
        QueryPage result;
        try {
            result = queries.page(filter, () -> SpatialParameters.parse(query.parameters()), query.offset(), query.limit());
        } catch (UnknownReferenceException e) {
            boolean site = e.kind().equals("site");
            throw new InvalidParameterException(site ? "near" : "zone", "names no " + e.kind() + ": '" + e.id() + "'; GET /api/collections/"
                    + (site ? "sites" : "zones") + "/items lists them");
        }
        boolean spatial = result.query().spatial() != null;
        return new FeaturePage(result.answers().stream().map(answer -> feature(answer, spatial)).toList(),
                result.numberMatched());
    }

    /** One answer as a GeoJSON feature with the derived properties, and the answer when a condition was asked. */
    static ObjectNode feature(IncidentAnswer answer, boolean withAnswer) {
        ObjectNode feature = IncidentGeoJson.feature(answer.incident());
        ObjectNode properties = (ObjectNode) feature.get("properties");
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
