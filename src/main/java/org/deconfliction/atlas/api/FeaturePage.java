package org.deconfliction.atlas.api;

import java.util.List;
import java.util.function.Function;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.node.ObjectNode;

/** One page of an items answer: the features returned and how many matched in all. */
record FeaturePage(List<ObjectNode> features, int numberMatched) {

    /** The page of {@code matched} that {@code query}'s offset and limit ask for, each item encoded. */
    static <T> FeaturePage of(List<T> matched, ItemsQuery query, Function<T, ObjectNode> encode) {
        int from = Math.min(query.offset(), matched.size());
        int to = (int) Math.min((long) from + query.limit(), matched.size());
        return new FeaturePage(matched.subList(from, to).stream().map(encode).toList(), matched.size());
    }

    /**
     * Items without dates, filtered by the query's box only (a {@code datetime} does not apply to them): those
     * whose geometry intersects the box, then paged.
     */
    static <T> FeaturePage ofUndated(List<T> items, ItemsQuery query, Function<T, Geometry> geometry,
            Function<T, ObjectNode> encode) {
        if (query.bbox() == null) {
            return of(items, query, encode);
        }
        Geometry box = Wgs84.FACTORY.toGeometry(query.bbox());
        return of(items.stream().filter(item -> geometry.apply(item).intersects(box)).toList(), query, encode);
    }
}
