package org.deconfliction.atlas.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.timeline.DayCounts;
import org.deconfliction.atlas.timeline.ui.Timeline;
import org.deconfliction.atlas.timeline.ui.TimelineControls;

/**
 * Keeps the timeline on the incidents of the one shared filter: those answering the question's categories and
 * spatial condition at any date, so that its bars count, and ◀ ▶ step over, only what the map and the grid can
 * show. The question without its dates is answered again only when it changes, not at every step of the timeline.
 * In a store of more than {@value Timeline#INTERVALS_UP_TO} incidents a question of categories alone is answered
 * from the stored counts per day and category (a sum over days), any other question from the counts per day the
 * query service makes over its columns (no answer listed), and only bars are sent unless the answer is small; the
 * intervals of a span zoomed to follow once it holds few enough incidents, asked of the same question.
 */
final class TimelineScope {

    private final SharedAnswers answers;
    private final IncidentQueryService queries;
    private final StoredDayCounts stored;
    private final Timeline timeline;
    private final TimelineControls controls;
    private IncidentQuery followed;
    private List<String> shownIds;

    TimelineScope(SharedAnswers answers, IncidentQueryService queries, StoredDayCounts stored, Timeline timeline,
            TimelineControls controls) {
        this.answers = answers;
        this.queries = queries;
        this.stored = stored;
        this.timeline = timeline;
        this.controls = controls;
    }

    /**
     * Shows on the timeline the incidents that pass the query at any date.
     *
     * @throws org.deconfliction.atlas.analysis.AnalysisTooComplexException as {@link IncidentQueryService#run} does
     * @throws org.deconfliction.atlas.analysis.AnalysisBusyException as {@link IncidentQueryService#run} does
     */
    void follow(IncidentQuery query) {
        IncidentQuery undated = query.withFilter(query.filter().withDates(null, null));
        if (undated.equals(followed)) {
            return;
        }
        followed = undated;
        DayCounts all = stored.of(Set.of());
        if (all.size() > Timeline.INTERVALS_UP_TO && undated.spatial() == null
                && undated.filter().equals(IncidentFilter.all().withCategories(undated.filter().categories()))) {
            shownIds = null;
            showCounts(stored.of(undated.filter().categories()), undated);
            return;
        }
        if (all.size() > Timeline.INTERVALS_UP_TO) {
            DayCounts counts = queries.dayCounts(undated);
            if (counts.size() > Timeline.INTERVALS_UP_TO) {
                shownIds = null;
                showCounts(counts, undated);
                return;
            }
        }
        List<Incident> passing = answers.of(undated).incidents();
        List<String> ids = passing.stream().map(Incident::id).toList();
        if (!Objects.equals(ids, shownIds)) {
            shownIds = ids;
            timeline.setIncidents(passing);
            controls.setIncidents(passing);
        }
    }

    /**
     * Shows the counts; the intervals of a span zoomed to are those of the incidents answering the question in it,
     * asked only when the counts say there are few enough (none when the question is refused then).
     */
    private void showCounts(DayCounts counts, IncidentQuery undated) {
        timeline.setCounts(counts, (from, to) -> {
            try {
                return queries.run(undated.withFilter(undated.filter().withDates(from, to))).incidents();
            } catch (AnalysisTooComplexException | AnalysisBusyException e) {
                return List.of();
            }
        });
        controls.setCounts(counts);
    }

    /** Forgets what was shown, so that the next {@link #follow} shows the store's incidents as they are now. */
    void forget() {
        followed = null;
        shownIds = null;
    }
}
