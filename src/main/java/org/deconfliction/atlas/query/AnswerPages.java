package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.PackedIds;
import org.deconfliction.atlas.analysis.RegionMatch;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.SpatialCondition.OnBank;
import org.locationtech.jts.geom.Point;

/**
 * Counts the answers to a query and builds only one page of them, so that a page costs about the same for ten
 * answers or a million: derived attributes (the expensive part, river and site distances) are computed for the
 * page's incidents only. A condition the index decides is matched first and only its few incidents are then
 * filtered and ordered; a bank is classified from the point and its uncertainty once per incident and place, and kept; only "near the river"
 * still needs every candidate's river distance (computed once per incident, then kept by the index).
 */
final class AnswerPages {

    private final IncidentRepository incidents;
    private final SpatialAnalysis analysis;
    private final Function<Incident, ItemAttributes> attributes;
    /** Each incident's bank as last classified, with the place it was classified at (an edit moves it: reclassify). */
    private final Map<String, Bank> banks = new ConcurrentHashMap<>();

    private final ColumnAnswers columns;

    /** An incident's bank as classified: the side its point is on, and whether its uncertainty circle stays on it. */
    record Bank(Point at, double radiusMetres, BankSide plotted, boolean certain) {
    }

    AnswerPages(IncidentRepository incidents, SpatialAnalysis analysis, Function<Incident, ItemAttributes> attributes) {
        this.incidents = incidents;
        this.analysis = analysis;
        this.attributes = attributes;
        this.columns = new ColumnAnswers(incidents, this::bank);
        columns.columns();
    }

    /**
     * The answers as keys over the incidents' columns, in the repository's order; null when the columns cannot
     * decide the query (free text, or a condition decided from derived attributes other than the bank).
     */
    ColumnAnswers.Keys keys(IncidentQuery query, IndexedRegion region) {
        return columns.keys(query, region);
    }

    /** The counts of these answers, in one pass over their keys (see {@link ColumnAnswers#counts}). */
    AnswerCounts counts(ColumnAnswers.Keys keys, Function<Incident, ItemAttributes> attributesOf) {
        return columns.counts(keys, attributesOf);
    }

    /** Makes ready what the first region question over this packing of the index would otherwise make. */
    void prepare(PackedIds packedIds) {
        columns.prepare(packedIds);
    }

    /**
     * The page from {@code offset}, at most {@code limit} long.
     *
     * @param region the region the index answers when it decides the query's condition, else null
     */
    QueryPage page(IncidentQuery query, IndexedRegion region, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, were " + offset + ", " + limit);
        }
        ColumnAnswers.Keys keys = columns.keys(query, region);
        if (keys != null) {
            int from = Math.min(offset, keys.count());
            int to = (int) Math.min((long) from + limit, keys.count());
            List<IncidentAnswer> page = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                page.add(new IncidentAnswer(keys.incident(i), keys.answer(i), attributes.apply(keys.incident(i))));
            }
            return new QueryPage(query, keys.count(), offset, page);
        }
        Map<String, SpatialAnswer> matched = answers(region == null ? null : region.match());
        SpatialCondition condition = query.spatial();
        if (matched != null) {
            int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
            Matched found = matchedInOrder(query.filter(), matched, wanted);
            List<IncidentAnswer> page = found.first().subList(Math.min(offset, found.first().size()), found.first().size())
                    .stream()
                    .map(incident -> new IncidentAnswer(incident, matched.get(incident.id()), attributes.apply(incident)))
                    .toList();
            return new QueryPage(query, found.count(), offset, page);
        }
        List<Incident> candidates = incidents.find(query.filter());
        Function<Incident, SpatialAnswer> answer = condition == null ? incident -> SpatialAnswer.INSIDE
                : condition instanceof OnBank bank ? incident -> bankAnswer(incident, bank.side())
                : incident -> IncidentQueryService.attributeAnswer(condition, incident, attributes.apply(incident));
        if (condition == null) {
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

    /**
     * Every answer in the repository's order, without derived attributes (only "near the river" derives the river
     * distance of each candidate, as {@link #page} does).
     *
     * @param region the region the index answers when it decides the query's condition, else null
     */
    List<IncidentMatch> matches(IncidentQuery query, IndexedRegion region) {
        ColumnAnswers.Keys keys = columns.keys(query, region);
        if (keys != null) {
            List<IncidentMatch> all = new ArrayList<>(keys.count());
            for (int i = 0; i < keys.count(); i++) {
                all.add(new IncidentMatch(keys.incident(i), keys.answer(i)));
            }
            return all;
        }
        Map<String, SpatialAnswer> matched = answers(region == null ? null : region.match());
        SpatialCondition condition = query.spatial();
        Function<Incident, SpatialAnswer> answer = condition == null ? incident -> SpatialAnswer.INSIDE
                : matched != null ? incident -> matched.getOrDefault(incident.id(), SpatialAnswer.OUTSIDE)
                : condition instanceof OnBank bank ? incident -> bankAnswer(incident, bank.side())
                : incident -> IncidentQueryService.attributeAnswer(condition, incident, attributes.apply(incident));
        List<IncidentMatch> answering = new ArrayList<>();
        for (Incident incident : incidents.find(query.filter())) {
            AnalysisBudget.checkNotStopped();
            SpatialAnswer one = answer.apply(incident);
            if (one != SpatialAnswer.OUTSIDE) {
                answering.add(new IncidentMatch(incident, one));
            }
        }
        return answering;
    }

    /** The index's answers by id; null for none. */
    static Map<String, SpatialAnswer> answers(RegionMatch match) {
        if (match == null) {
            return null;
        }
        Map<String, SpatialAnswer> answers = new HashMap<>();
        match.inside().forEach(id -> answers.put(id, SpatialAnswer.INSIDE));
        match.uncertain().forEach(id -> answers.put(id, SpatialAnswer.UNCERTAIN));
        return answers;
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
     * The matched incidents that pass the filter: how many, and the first {@code wanted} of them in the repository's
     * order (chosen with a bounded heap, so the rest are never sorted). Without free text the filter is tested on
     * the matched incidents alone; free text needs the repository's keyed words, so the repository filters.
     */
    private Matched matchedInOrder(IncidentFilter filter, Map<String, SpatialAnswer> matched, int wanted) {
        if (filter.text() != null) {
            List<Incident> found = incidents.find(filter).stream().filter(incident -> matched.containsKey(incident.id())).toList();
            return new Matched(found.size(), found.subList(0, Math.min(wanted, found.size())));
        }
        var passes = filter.predicate(incident -> {
            throw new IllegalStateException("a filter without text needs no searchable words");
        });
        PriorityQueue<Incident> first = new PriorityQueue<>(Incident.CHRONOLOGICAL.reversed());
        int count = 0;
        for (String id : matched.keySet()) {
            AnalysisBudget.checkNotStopped();
            Incident incident = incidents.findById(id).filter(passes).orElse(null);
            if (incident == null) {
                continue;
            }
            count++;
            if (first.size() < wanted) {
                first.add(incident);
            } else if (wanted > 0 && Incident.CHRONOLOGICAL.compare(incident, first.peek()) < 0) {
                first.poll();
                first.add(incident);
            }
        }
        List<Incident> ordered = new ArrayList<>(first);
        ordered.sort(Incident.CHRONOLOGICAL);
        return new Matched(count, ordered);
    }

    /** How many matched incidents pass the filter, and the first of them in order. */
    private record Matched(int count, List<Incident> first) {
    }

    /**
     * The answer to "on this bank" from the point and its uncertainty, exactly as from the derived attributes:
     * uncertain outside the area of interest or when the circle reaches the river.
     */
    private SpatialAnswer bankAnswer(Incident incident, BankSide side) {
        Bank bank = bank(incident);
        return !bank.certain() ? SpatialAnswer.UNCERTAIN
                : Objects.equals(bank.plotted(), side) ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
    }

    /** The incident's bank, classified from its point and uncertainty once per place and kept. */
    private Bank bank(Incident incident) {
        Bank bank = banks.get(incident.id());
        double radius = incident.uncertainty().radiusMetres();
        if (bank == null || !bank.at().equalsExact(incident.location()) || bank.radiusMetres() != radius) {
            BankSide plotted = analysis.bankSide(incident.location(), 0);
            boolean certain = plotted != BankSide.OUTSIDE_AREA
                    && analysis.bankSide(incident.location(), radius) != BankSide.UNCERTAIN;
            bank = new Bank(incident.location(), radius, plotted, certain);
            banks.put(incident.id(), bank);
        }
        return bank;
    }
}
