package org.deconfliction.atlas.query;

import java.time.Duration;
import java.util.List;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;

/** A query service over incidents held in a list, for the tests and benchmarks of other features. */
public final class ListedQueries {

    private ListedQueries() {
    }

    /** The incidents as a repository that lists them (in chronological order) and filters them as the store does. */
    public static IncidentRepository repository(List<Incident> incidents) {
        return new ListedIncidents(incidents);
    }

    /** A query service over this repository, with this analysis and a budget of {@code budget} on one thread. */
    public static IncidentQueryService over(IncidentRepository incidents, SpatialAnalysis analysis, Duration budget) {
        return new IncidentQueryService(incidents, analysis, AnalysisBudget.of(budget, 1));
    }

    /**
     * As {@link #over}, the index starting with every incident's attributes kept as the store would hand them over
     * (the bank of its point; distances unknown), so a benchmark over a million incidents derives none.
     */
    public static IncidentQueryService withKeptBanks(IncidentRepository incidents, SpatialAnalysis analysis, Duration budget) {
        return new IncidentQueryService(incidents, analysis, AnalysisBudget.of(budget, 1),
                new AttributeKeeping(new KeptBankAttributes(incidents, analysis)));
    }
}
