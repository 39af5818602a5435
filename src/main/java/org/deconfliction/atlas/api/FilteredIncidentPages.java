package org.deconfliction.atlas.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.AnswerColumns;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.SpatialCondition;
import org.locationtech.jts.geom.Coordinate;
import tools.jackson.databind.node.ObjectNode;

/**
 * An incidents items request with a {@code filter} or a {@code sortby}, or a box across the antimeridian, answered
 * without encoding the answers: the query service's answers to the dates and the spatial parameter, as columns
 * ({@link AnswerColumns}), are tested with the filter compiled once ({@link CompiledIncidentFilter}) on the incidents' own fields, ordered on the same
 * ({@link IncidentSortOrder}), and only the page's answers are encoded, with their derived attributes. A spatial
 * function that every answer must satisfy (S_INTERSECTS, S_WITHIN or S_DWITHIN at the top of the filter or of its
 * top-level AND), in a request without a spatial parameter, is asked of the map's index instead, which answers it
 * for every incident by the same rule, so only the incidents it holds are tested further. What a request costs is one pass over the
 * answers before the filter (at most every incident) with the filter's cheap terms, LIKE and nested properties on
 * at most {@code maxTextTests} of them, and a sort of those passing only when a page lies past a quarter of them.
 */
final class FilteredIncidentPages {

    /**
     * The request: its items query, its filter (null for none) and its sort keys (empty for the answers' order).
     */
    record Request(ItemsQuery query, Cql2 filter, List<FeatureOutput.SortKey> order) {
    }

    /** The page's complete features and how many answers passed the filter in all. */
    record Selected(List<ObjectNode> page, int numberMatched) {
    }

    private FilteredIncidentPages() {
    }

    /** The page the request asks for. */
    static Selected select(IncidentQueryService queries, Request request, long maxTextTests) {
        ItemsQuery query = request.query();
        IncidentFilter dates = IncidentFilter.all().withDates(query.from(), query.to());
        boolean spatial = SpatialParameters.NAMES.stream().anyMatch(query.parameters()::containsKey);
        Cql2.Spatial pushed = spatial ? null : indexed(request.filter());
        Supplier<SpatialCondition> condition = () -> {
            SpatialCondition given = SpatialParameters.parse(query.parameters());
            return given != null || pushed == null ? given : new SpatialCondition.InRegion(pushed.region());
        };
        AnswerColumns answers = IncidentItems.answering(() -> queries.answerColumns(dates, condition));
        IncidentRow row = new IncidentRow(answers, queries::attributes, spatial);
        CompiledIncidentFilter filter = new CompiledIncidentFilter(request.filter(), maxTextTests, pushed);
        int[] passing = new int[answers.size()];
        int count = 0;
        for (int i = 0; i < answers.size(); i++) {
            if ((query.bbox() == null || query.bbox().covers(new Coordinate(answers.longitude(i), answers.latitude(i))))
                    && filter.test(row.at(i))) {
                passing[count++] = i;
            }
        }
        int[] page;
        if (request.order().isEmpty()) {
            int from = Math.min(query.offset(), count);
            page = java.util.Arrays.copyOfRange(passing, from, (int) Math.min(count, (long) from + query.limit()));
        } else {
            page = new IncidentSortOrder(request.order()).page(passing, count, row::at,
                    query.offset(), query.limit());
        }
        List<ObjectNode> features = new ArrayList<>(page.length);
        for (int i : page) {
            Incident incident = answers.incident(i);
            features.add(IncidentItems.feature(new IncidentAnswer(incident, answers.answer(i), queries.attributes(incident)), spatial));
        }
        return new Selected(List.copyOf(features), count);
    }

    /** A spatial function every answer must satisfy, for the index to answer first; null for none. */
    private static Cql2.Spatial indexed(Cql2 filter) {
        List<Cql2> required = filter instanceof Cql2.And and ? and.all() : filter == null ? List.of() : List.of(filter);
        return required.stream().filter(f -> f instanceof Cql2.Spatial s && !s.operator().equals("S_DISJOINT"))
                .map(f -> (Cql2.Spatial) f).findFirst().orElse(null);
    }
}
