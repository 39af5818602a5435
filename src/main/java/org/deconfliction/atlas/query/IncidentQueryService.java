package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.SpatialCondition.InRegion;
import org.deconfliction.atlas.query.SpatialCondition.InZone;
import org.deconfliction.atlas.query.SpatialCondition.NearRiver;
import org.deconfliction.atlas.query.SpatialCondition.NearSite;
import org.deconfliction.atlas.query.SpatialCondition.OnBank;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.deconfliction.atlas.timeline.DayCounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Answers incident queries over a spatial index of all incidents, built at start-up and updated from the
 * repository after every committed change to the store ({@link StoreChangedEvent}): an edit of one incident costs
 * the update of that incident, whatever the number of incidents; a change of sites builds the index anew. The filter narrows the
 * candidates; the spatial condition is answered from the index (regions, zones, sites) or from the attributes
 * derived once per incident (bank, distance to the river). Every query runs within the {@link AnalysisBudget}.
 */
@Service
public class IncidentQueryService {

    private final IncidentRepository incidents;
    private final SpatialAnalysis analysis;
    private volatile LocatedItemIndex index;
    private final AnalysisBudget budget;
    private final AnswerPages pages;
    private final AttributeKeeping keeping;
    private final SortedAnswerCache sortedAnswers = new SortedAnswerCache();
    private volatile HeldList held;
    private volatile AskedKeys lastKeys;
    /** Counts the index generations: every update makes a new one. */
    private volatile long generation;

    IncidentQueryService(IncidentRepository incidents, SpatialAnalysis analysis, AnalysisBudget budget) {
        this(incidents, analysis, budget, null);
    }

    /** As above, the index starting with the attributes {@code keeping} has stored (null: none kept). */
    @org.springframework.beans.factory.annotation.Autowired
    IncidentQueryService(IncidentRepository incidents, SpatialAnalysis analysis, AnalysisBudget budget,
                         AttributeKeeping keeping) {
        this.incidents = incidents;
        this.analysis = analysis;
        this.budget = budget;
        this.keeping = keeping;
        this.index = build();
        this.pages = new AnswerPages(incidents, analysis, this::attributes);
        pages.prepare(index.packedIds());
    }

    /**
     * Brings the index up to date: changed incidents are updated in it (only theirs get attributes derived anew), an
     * incident change without items (anything may have changed) is compared item by item, and a change of sites
     * (what "near a site" measures from) builds the index anew.
     */
    @EventListener
    void storeChanged(StoreChangedEvent change) {
        if (change.layer() == StoredLayer.SITES) {
            rebuild();
        } else if (change.changes().isEmpty()) {
            updateAll();
        } else {
            update(change.ids());
            if (keeping != null) {
                keeping.changed(index, change.changes(), analysis);
            }
        }
    }

    private synchronized void rebuild() {
        index = build();
        generation++;
    }

    private synchronized void updateAll() {
        generation++;
        index = index.updatedTo(incidents.findAll().stream().map(IncidentQueryService::located).toList());
    }

    /** Updates the incidents with these ids as the repository holds them now; absent ones are removed. */
    private synchronized void update(Collection<String> ids) {
        List<LocatedItem> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String id : ids) {
            incidents.findById(id).ifPresentOrElse(incident -> changed.add(located(incident)), () -> removed.add(id));
        }
        index = index.updated(changed, removed);
        generation++;
    }

    private LocatedItemIndex build() {
        List<LocatedItem> items = incidents.findAll().stream().map(IncidentQueryService::located).toList();
        return keeping == null ? analysis.index(items) : keeping.indexOf(items, analysis);
    }

    private static LocatedItem located(Incident incident) {
        return new LocatedItem(incident.id(), incident.location(), incident.uncertainty().radiusMetres());
    }

    /**
     * The incidents that answer the query.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     * @throws org.deconfliction.atlas.analysis.AnalysisTooComplexException if answering overran the time budget
     * @throws org.deconfliction.atlas.analysis.AnalysisBusyException if the query could not start within it
     */
    public QueryResult run(IncidentQuery query) {
        return budget.within(() -> answer(query));
    }

    /**
     * The incidents that pass the filter and answer the spatial condition the supplier makes (null for none);
     * making the condition, such as reading and repairing a drawn region, counts against the same time budget.
     * What the supplier throws reaches the caller unchanged.
     */
    public QueryResult run(IncidentFilter filter, Supplier<SpatialCondition> condition) {
        return budget.within(() -> answer(new IncidentQuery(filter, condition.get())));
    }

    /**
     * One page of the answers to the filter and the condition the supplier makes (null for none), and how many
     * answers there are in all: the same answers in the same order as {@link #run(IncidentFilter, Supplier)}, but
     * only the page's incidents get their derived attributes, so a page of a million answers costs little more than
     * a page of ten. Runs within the same time budget.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     */
    public QueryPage page(IncidentFilter filter, Supplier<SpatialCondition> condition, int offset, int limit) {
        return budget.within(() -> {
            IncidentQuery query = new IncidentQuery(filter, condition.get());
            return pages.page(query, indexRegion(index, query.spatial()), offset, limit);
        });
    }

    /**
     * Every answer to the filter and the condition the supplier makes (null for none): the same incidents in the same
     * order as {@link #run(IncidentFilter, Supplier)}, with how each answers, but without derived attributes, so that
     * a caller filtering and ordering them on their own properties derives attributes only for the page it keeps.
     * Runs within the same time budget.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     */
    public List<IncidentMatch> matches(IncidentFilter filter, Supplier<SpatialCondition> condition) {
        return budget.within(() -> {
            IncidentQuery query = new IncidentQuery(filter, condition.get());
            return pages.matches(query, indexRegion(index, query.spatial()));
        });
    }

    /**
     * The same answers as {@link #matches}, in the same order, as columns ({@link AnswerColumns}): read from the
     * incidents' columns where they decide the question (every question but "near the river"), so that a caller
     * testing a million answers on their category, opponent, days or point reads no incident object and makes no
     * object per answer. Runs within the same time budget.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     */
    public AnswerColumns answerColumns(IncidentFilter filter, Supplier<SpatialCondition> condition) {
        return budget.within(() -> {
            IncidentQuery query = new IncidentQuery(filter, condition.get());
            IndexedRegion region = indexRegion(index, query.spatial());
            ColumnAnswers.Keys keys = pages.keys(query, region);
            return keys != null ? AnswerColumns.of(keys) : AnswerColumns.of(pages.matches(query, region));
        });
    }

    /**
     * The answers to the query sorted in this order, as the grid pages through them: sorted once per question and
     * order and then kept (a few at a time, until the store changes), so a page or finding one incident's place costs
     * no sort. Only orders by bank or by a distance derive every answer's attributes; a page derives its own rows'.
     * Runs within the same time budget.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     */
    public SortedAnswers sorted(IncidentQuery query, AnswerOrder order, boolean descending) {
        return budget.within(() -> sortedAnswers.get(new SortedAnswerCache.Key(query, order, descending), generation,
                incidents.findAll(), () -> sort(query, order, descending)));
    }

    /**
     * How many of the query's answers there are per day, as the timeline draws them: the same incidents as
     * {@link #run}, counted over the incidents' day columns where the columns decide the query (one pass over the
     * answer's positions and one over the days, no answer's attributes read), else counted from {@link #run}'s
     * answers. No answers give counts of none. Runs within the same time budget.
     *
     * @throws UnknownReferenceException if the condition names a site or zone that does not exist
     */
    public DayCounts dayCounts(IncidentQuery query) {
        return budget.within(() -> {
            ColumnAnswers.Keys keys = IncidentColumns.decides(query.filter())
                    ? pages.keys(query, indexRegion(indexHoldingAll().index(), query.spatial())) : null;
            if (keys != null) {
                return keys.columns().dayCounts(keys.keys(), keys.count());
            }
            return DayCounts.of(answer(query).answers().stream().map(answer -> answer.incident().date()).toList());
        });
    }

    private SortedAnswers sort(IncidentQuery query, AnswerOrder order, boolean descending) {
        if (order == AnswerOrder.DATE) {
            ColumnAnswers.Keys keys = keysOf(query);
            if (keys != null && DateOrderedKeys.applies(keys.columns())) {
                return new SortedAnswers(query, order, descending, keys.columns(), DateOrderedKeys.sorted(keys, descending),
                        this::attributes);
            }
        }
        List<IncidentMatch> matches = pages.matches(query, indexRegion(index, query.spatial()));
        List<IncidentAnswer> rows = new ArrayList<>(matches.size());
        for (IncidentMatch match : matches) {
            AnalysisBudget.checkNotStopped();
            rows.add(new IncidentAnswer(match.incident(), match.answer(), order.derived() ? attributes(match.incident()) : null));
        }
        rows.sort(order.comparator(descending));
        return new SortedAnswers(query, order, descending, rows, this::attributes);
    }

    /**
     * The keys of the query's answers over the columns: those the last whole answer found when it was this query
     * over the same index generation and list, else found anew; null when the columns cannot decide the query.
     */
    private ColumnAnswers.Keys keysOf(IncidentQuery query) {
        AskedKeys last = lastKeys;
        if (last != null && last.generation() == generation && last.query().equals(query)
                && last.keys().columns().incidents() == incidents.findAll()) {
            return last.keys();
        }
        return pages.keys(query, indexRegion(index, query.spatial()));
    }

    /** The keys last found for a whole answer, with the question and the index generation they were found in. */
    private record AskedKeys(IncidentQuery query, long generation, ColumnAnswers.Keys keys) {
    }

    private QueryResult answer(IncidentQuery query) {
        QueryResult fromColumns = columnAnswer(query);
        if (fromColumns != null) {
            return fromColumns;
        }
        List<Incident> candidates = incidents.find(query.filter());
        LocatedItemIndex index = indexHolding(candidates);
        Map<String, SpatialAnswer> matched = query.spatial() == null ? null : indexAnswers(index, query.spatial());
        List<IncidentAnswer> answers = new ArrayList<>();
        for (Incident incident : candidates) {
            AnalysisBudget.checkNotStopped();
            ItemAttributes attributes = index.attributes(incident.id()).orElseThrow();
            SpatialAnswer answer = query.spatial() == null ? SpatialAnswer.INSIDE
                    : matched != null ? matched.getOrDefault(incident.id(), SpatialAnswer.OUTSIDE)
                    : attributeAnswer(query.spatial(), incident, attributes);
            if (answer != SpatialAnswer.OUTSIDE) {
                answers.add(new IncidentAnswer(incident, answer, attributes));
            }
        }
        return new QueryResult(query, answers);
    }

    /**
     * The answer found on the incidents' columns, its rows made when read and its counts in one pass (reading each
     * answer's attributes once per list of the repository); null when the columns cannot decide the query. The
     * index is first checked to hold every incident of the repository's list as it is (once per index generation
     * and list).
     */
    private QueryResult columnAnswer(IncidentQuery query) {
        if (!IncidentColumns.decides(query.filter())
                || query.spatial() instanceof NearRiver) {
            return null;
        }
        long asked = generation;
        HeldList checked = indexHoldingAll();
        LocatedItemIndex current = checked.index();
        ColumnAnswers.Keys keys = pages.keys(query, indexRegion(current, query.spatial()));
        if (keys == null) {
            return null;
        }
        // Columns of the list just checked need no check per answer; a newer list's answers are checked one by one.
        boolean sameList = keys.columns().incidents() == checked.incidents();
        Function<Incident, ItemAttributes> attributesOf = sameList
                ? incident -> current.attributes(incident.id()).orElseThrow() : this::attributes;
        lastKeys = new AskedKeys(query, asked, keys);
        return new QueryResult(query, new KeyedAnswers(keys, attributesOf, pages.counts(keys, attributesOf)));
    }

    /** The index, checked (and brought up to date) to hold every incident of the repository's list as it is. */
    private HeldList indexHoldingAll() {
        List<Incident> all = incidents.findAll();
        HeldList known = held;
        if (known != null && known.index() == index && known.incidents() == all) {
            return known;
        }
        HeldList checked = new HeldList(indexHolding(all), all);
        held = checked;
        return checked;
    }

    /** An index generation found to hold every incident of this list of the repository as it is. */
    private record HeldList(LocatedItemIndex index, List<Incident> incidents) {
    }

    /** What the analysis derives for one incident. */
    public ItemAttributes attributes(Incident incident) {
        return indexHolding(List.of(incident)).attributes(incident.id()).orElseThrow();
    }

    /**
     * The index, updated first with those of the incidents it lacks or holds elsewhere: a change committed a moment
     * ago whose event is still on its way.
     */
    private LocatedItemIndex indexHolding(List<Incident> wanted) {
        LocatedItemIndex current = index;
        List<String> stale = wanted.stream()
                .filter(incident -> !current.holds(incident.id(), incident.location(), incident.uncertainty().radiusMetres()))
                .map(Incident::id).toList();
        if (stale.isEmpty()) {
            return current;
        }
        update(stale);
        return index;
    }

    /** Answers for conditions the index decides; null for those decided per incident from its attributes. */
    private Map<String, SpatialAnswer> indexAnswers(LocatedItemIndex index, SpatialCondition condition) {
        IndexedRegion region = indexRegion(index, condition);
        return region == null ? null : AnswerPages.answers(region.match());
    }

    /**
     * The region the index answers for a condition it decides; null for none and for those decided per incident
     * from its attributes.
     */
    private IndexedRegion indexRegion(LocatedItemIndex index, SpatialCondition condition) {
        DrawnRegion region = condition == null ? null : switch (condition) {
            case NearSite near -> analysis.nearSite(near.siteId(), near.km())
                    .orElseThrow(() -> new UnknownReferenceException("site", near.siteId()));
            case InZone zone -> analysis.zoneRegion(zone.zoneId())
                    .orElseThrow(() -> new UnknownReferenceException("zone", zone.zoneId()));
            case InRegion drawn -> drawn.region();
            case OnBank bank -> null;
            case NearRiver river -> null;
        };
        return region == null ? null : new IndexedRegion(index, region);
    }

    static SpatialAnswer attributeAnswer(SpatialCondition condition, Incident incident, ItemAttributes attributes) {
        return switch (condition) {
            case OnBank bank -> !attributes.bankCertain() ? SpatialAnswer.UNCERTAIN
                    : attributes.bank() == bank.side() ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
            case NearRiver river -> {
                double uncertaintyKm = incident.uncertainty().radiusMetres() / 1000;
                double km = attributes.riverDistanceKm();
                yield km + uncertaintyKm <= river.km() ? SpatialAnswer.INSIDE
                        : km - uncertaintyKm > river.km() ? SpatialAnswer.OUTSIDE : SpatialAnswer.UNCERTAIN;
            }
            default -> throw new IllegalStateException("answered by the index: " + condition);
        };
    }
}
