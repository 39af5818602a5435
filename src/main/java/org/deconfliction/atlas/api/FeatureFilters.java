package org.deconfliction.atlas.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The queryables of each collection (the properties its features carry, with their types) and the CQL2 filters
 * over them: {@code filter} in {@code filter-lang} {@code cql2-text} (the default; the draft {@code cql-text} that
 * GDAL sends is read the same way) or {@code cql2-json}, its geometries in {@code filter-crs} (CRS84 by default).
 */
@Component
class FeatureFilters {

    /** How many pages of features, spread over a paged collection, its queryables are read from. */
    static final int SAMPLE_PAGES = 10;

    /** The features in each of those pages. */
    static final int SAMPLE_PAGE = 100;

    private final Map<String, Queryables> queryables = new ConcurrentHashMap<>();

    /**
     * The collection's queryables, from its features as they are first served: every feature of a small layer, and
     * of a paged one (the incidents, which one encoder writes with the same properties) at most
     * {@value #SAMPLE_PAGES} pages of {@value #SAMPLE_PAGE} spread evenly over it, so that a million incidents cost
     * a thousand features, not the million.
     */
    Queryables queryables(FeatureCollectionCatalog.Entry entry) {
        return queryables.computeIfAbsent(entry.id(), id -> Queryables.of(sample(entry)));
    }

    private static List<ObjectNode> sample(FeatureCollectionCatalog.Entry entry) {
        if (entry.pages() == null) {
            return entry.items().apply(ItemsQuery.parse(Map.of()));
        }
        IncidentItems.Page first = entry.pages().apply(page(0));
        List<ObjectNode> features = new java.util.ArrayList<>(first.features());
        long matched = first.numberMatched();
        for (int k = 1; k < SAMPLE_PAGES && (long) k * SAMPLE_PAGE < matched; k++) {
            long offset = Math.max((long) k * SAMPLE_PAGE, matched * k / SAMPLE_PAGES);
            features.addAll(entry.pages().apply(page(offset)).features());
        }
        return features;
    }

    private static ItemsQuery page(long offset) {
        return ItemsQuery.parse(Map.of("limit", String.valueOf(SAMPLE_PAGE), "offset", String.valueOf(offset)));
    }

    /** The property names of the collection's features. */
    Set<String> propertyNames(FeatureCollectionCatalog.Entry entry) {
        return queryables(entry).names();
    }

    /** The features that pass the request's filter; all of them when it has none. */
    List<ObjectNode> apply(FeatureCollectionCatalog.Entry entry, Map<String, String> parameters, List<ObjectNode> features) {
        Compiled filter = compile(entry, parameters);
        return features.stream().filter(filter.test()).toList();
    }

    /** A request's filter read and ready to test features, and the properties it names (empty without a filter). */
    record Compiled(Predicate<ObjectNode> test, Set<String> properties) {
    }

    /** The request's filter; one that admits every feature when it has none. */
    Compiled compile(FeatureCollectionCatalog.Entry entry, Map<String, String> parameters) {
        Cql2 filter = parse(entry, parameters);
        if (filter == null) {
            return new Compiled(feature -> true, Set.of());
        }
        Cql2Evaluation evaluation = new Cql2Evaluation(filter);
        return new Compiled(f -> evaluation.test(f, () -> f.hasNonNull("geometry") ? FeatureOutput.geometry(f) : null),
                Cql2.properties(filter));
    }

    /**
     * The request's filter read against the collection's queryables; null when it has none.
     *
     * @throws InvalidParameterException naming {@code filter}, {@code filter-lang} or {@code filter-crs}
     */
    Cql2 parse(FeatureCollectionCatalog.Entry entry, Map<String, String> parameters) {
        String text = parameters.get("filter");
        String language = parameters.getOrDefault("filter-lang", "cql2-text").strip().toLowerCase(Locale.ROOT);
        OutputCrs crs = OutputCrs.parse("filter-crs", parameters.get("filter-crs"));
        if (!Set.of("cql2-text", "cql-text", "cql2-json").contains(language)) {
            throw new InvalidParameterException("filter-lang", "must be cql2-text or cql2-json, was '" + parameters.get("filter-lang") + "'");
        }
        if (text == null) {
            return null;
        }
        return switch (language) {
            case "cql2-text", "cql-text" -> Cql2Text.parse(text, queryables(entry), crs);
            case "cql2-json" -> Cql2Json.parse(text, queryables(entry), crs);
            default -> throw new InvalidParameterException("filter-lang", "must be cql2-text or cql2-json, was '" + parameters.get("filter-lang") + "'");
        };
    }
}
