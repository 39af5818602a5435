package org.deconfliction.atlas.query;

import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;

/**
 * An incident that answers a query, and how ({@code INSIDE}, or {@code UNCERTAIN} when its uncertainty circle
 * crosses the condition's edge), without the attributes the analysis derives for it: what a caller selects and
 * orders by other means before it derives attributes ({@link IncidentQueryService#attributes}) for the few it keeps.
 */
public record IncidentMatch(Incident incident, SpatialAnswer answer) {
}
