package org.deconfliction.atlas.query;

import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;

/**
 * One incident in a query's answer: INSIDE when its whole location uncertainty circle meets the spatial condition,
 * UNCERTAIN when the circle crosses the condition's edge (always INSIDE without a spatial condition), and what
 * the analysis derives for it (bank, distance to the river, nearest site).
 */
public record IncidentAnswer(Incident incident, SpatialAnswer answer, ItemAttributes attributes) {
}
