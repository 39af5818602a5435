package org.deconfliction.atlas.analysis;

import java.time.Duration;

/** An analysis that ran longer than its time budget and was stopped; the question should be made simpler. */
public class AnalysisTooComplexException extends IllegalArgumentException {

    /** The stop of an analysis that overran {@code budget} (null when not known where it is raised). */
    public AnalysisTooComplexException(Duration budget) {
        super("the question is too complex: answering it took longer than "
                + (budget == null ? "its time budget" : seconds(budget)) + " and was stopped; ask it with a simpler"
                + " region (fewer vertices, no crossing edges) or a narrower filter");
    }

    static String seconds(Duration budget) {
        return String.format(java.util.Locale.ROOT, "%.1f s", budget.toMillis() / 1000.0);
    }
}
