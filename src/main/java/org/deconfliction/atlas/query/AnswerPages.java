package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.SpatialCondition.OnBank;

/**
 * Counts the answers to a query and builds only one page of them, so that a page costs about the same for ten
 * answers or a million: derived attributes (the expensive part, river and site distances) are computed for the
 * page's incidents only. A condition the index decides is matched first and only its few incidents are then
 * filtered and ordered; a bank is classified straight from the point and its uncertainty; only "near the river"
 * still needs every candidate's river distance (computed once per incident, then kept by the index).
 */
final class AnswerPages {

    private final IncidentRepository incidents;
    private final SpatialAnalysis analysis;
    private final Function<Incident, ItemAttributes> attributes;

    AnswerPages(IncidentRepository incidents, SpatialAnalysis analysis, Function<Incident, ItemAttributes> attributes) {
        this.incidents = incidents;
        this.analysis = analysis;
        this.attributes = attributes;
    }

    /**
     * The page from {@code offset}, at most {@code limit} long.
     *
     * @param matched the index's answers when it decides the query's condition, else null
     */
    QueryPage page(IncidentQuery query, Map<String, SpatialAnswer> matched, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, were " + offset + ", " + limit);
        }
        SpatialCondition condition = query.spatial();
        List<Incident> candidates = matched == null ? incidents.find(query.filter())
                : matchedInOrder(query.filter(), matched);
        Function<Incident, SpatialAnswer> answer = condition == null ? incident -> SpatialAnswer.INSIDE
                : matched != null ? incident -> matched.get(incident.id())
                : condition instanceof OnBank bank ? incident -> bankAnswer(incident, bank.side())
                : incident -> IncidentQueryService.attributeAnswer(condition, incident, attributes.apply(incident));
        if (condition == null || matched != null) {
            return pageOf(query, candidates, answer, offset, limit);
        }
        List<Incident> answering = new ArrayList<>();
        List<SpatialAnswer> answers = new ArrayList<>();
        for (Incident incident : candidates) {
            AnalysisBudget.checkNotStopped();
            SpatialAnswer one = answer.apply(incident);
            if (one != SpatialAnswer.OUTSIDE) {
                answering.add(incident);
                answers.add(one);
            }
        }
        int from = Math.min(offset, answering.size());
        int to = (int) Math.min((long) from + limit, answering.size());
        List<IncidentAnswer> page = new ArrayList<>();
        for (int k = from; k < to; k++) {
            page.add(new IncidentAnswer(answering.get(k), answers.get(k), attributes.apply(answering.get(k))));
        }
        return new QueryPage(query, answering.size(), offset, page);
    }

    /** Every candidate answers; the page is a slice of them. */
    private QueryPage pageOf(IncidentQuery query, List<Incident> answering, Function<Incident, SpatialAnswer> answer,
            int offset, int limit) {
        int from = Math.min(offset, answering.size());
        int to = (int) Math.min((long) from + limit, answering.size());
        List<IncidentAnswer> page = answering.subList(from, to).stream()
                .map(incident -> new IncidentAnswer(incident, answer.apply(incident), attributes.apply(incident)))
                .toList();
        return new QueryPage(query, answering.size(), offset, page);
    }

    /**
     * The matched incidents that pass the filter, in the repository's order. Without free text the filter is tested
     * on the matched incidents alone; free text needs the repository's keyed words, so the repository filters.
     */
    private List<Incident> matchedInOrder(IncidentFilter filter, Map<String, SpatialAnswer> matched) {
        if (filter.text() != null) {
            return incidents.find(filter).stream().filter(incident -> matched.containsKey(incident.id())).toList();
        }
        var passes = filter.predicate(incident -> {
            throw new IllegalStateException("a filter without text needs no searchable words");
        });
        List<Incident> found = new ArrayList<>(matched.size());
        for (String id : matched.keySet()) {
            AnalysisBudget.checkNotStopped();
            incidents.findById(id).filter(passes).ifPresent(found::add);
        }
        found.sort(Incident.CHRONOLOGICAL);
        return found;
    }

    /**
     * The answer to "on this bank" from the point and its uncertainty, exactly as from the derived attributes:
     * uncertain outside the area of interest or when the circle reaches the river.
     */
    private SpatialAnswer bankAnswer(Incident incident, BankSide side) {
        BankSide plotted = analysis.bankSide(incident.location(), 0);
        if (plotted == BankSide.OUTSIDE_AREA
                || analysis.bankSide(incident.location(), incident.uncertainty().radiusMetres()) == BankSide.UNCERTAIN) {
            return SpatialAnswer.UNCERTAIN;
        }
        return Objects.equals(plotted, side) ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
    }
}
