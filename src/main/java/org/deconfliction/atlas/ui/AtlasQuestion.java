package org.deconfliction.atlas.ui;

import java.util.Set;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.deconfliction.atlas.query.ui.QueryPanel;
import org.deconfliction.atlas.query.ui.QuestionOverlay;
import org.deconfliction.atlas.query.ui.ResultGrid;
import org.deconfliction.atlas.timeline.TimelineState;

/**
 * The main view's one question (spatial condition, categories, dates of the timeline's state) and where its answer
 * goes: the grid, the question panel's counts, the question's overlay, the incident markers and the timeline's scope.
 * A question the engine refuses (too complex, busy) is said in the question panel and changes nothing else.
 */
final class AtlasQuestion {

    private final SharedAnswers answers;
    private final TimelineScope timelineScope;
    private final QueryPanel queryPanel;
    private final ResultGrid grid;
    private final QuestionOverlay overlay;
    private final IncidentMarkers markers;
    private IncidentQuery query = IncidentQuery.all();

    AtlasQuestion(SharedAnswers answers, TimelineScope timelineScope, QueryPanel queryPanel, ResultGrid grid,
            QuestionOverlay overlay, IncidentMarkers markers) {
        this.answers = answers;
        this.timelineScope = timelineScope;
        this.queryPanel = queryPanel;
        this.grid = grid;
        this.overlay = overlay;
        this.markers = markers;
    }

    /** The question asked now. */
    IncidentQuery query() {
        return query;
    }

    /** Follows the question panel: a condition asked, a question that cannot be asked, categories chosen; {@code asked} runs after each. */
    void listenTo(Runnable asked) {
        queryPanel.addConditionListener(condition -> {
            ask(condition);
            asked.run();
        });
        queryPanel.addUnaskableListener(this::unaskable);
        queryPanel.addCategoryListener(chosen -> {
            forCategories(chosen);
            asked.run();
        });
    }

    /** Asks the question again with the dates of this timeline state. */
    void atTime(TimelineState state) {
        query = query.withFilter(state.applyTo(query.filter()));
        run();
    }

    /** Asks a new spatial question (null for none), keeping the other filters. */
    private void ask(SpatialCondition condition) {
        query = query.withSpatial(condition);
        run();
    }

    /** Asks the question again for these categories only (none chosen: every category). */
    private void forCategories(Set<IncidentCategory> chosen) {
        query = query.withFilter(query.filter().withCategories(chosen));
        run();
    }

    /** Shows that the question as drawn or typed cannot be asked: no answer in the grid, on the map or the overlay. */
    private void unaskable() {
        grid.showNone();
        markers.showNoAnswer();
        overlay.clear();
    }

    /**
     * Answers the question and shows the answer: in the grid and the counts, and on the map, where incidents after
     * the current date or outside the chosen categories are hidden, and those before the time window or outside the
     * spatial answer are faded.
     */
    void run() {
        QueryResult result;
        try {
            result = answers.of(query);
            timelineScope.follow(query);
            grid.show(query);
        } catch (AnalysisTooComplexException | AnalysisBusyException e) {
            queryPanel.showProblem("This question got no answer: " + e.getMessage());
            return;
        }
        queryPanel.showResult(result);
        overlay.show(result);
        markers.showAnswers(query, result);
    }
}
