package org.deconfliction.atlas.query;

import java.util.Objects;
import org.deconfliction.atlas.incident.IncidentFilter;

/** A question asked of the incidents: the shared filter and, optionally, one spatial condition (null for none). */
public record IncidentQuery(IncidentFilter filter, SpatialCondition spatial) {

    public IncidentQuery {
        Objects.requireNonNull(filter, "filter");
    }

    /** Every incident. */
    public static IncidentQuery all() {
        return new IncidentQuery(IncidentFilter.all(), null);
    }

    public IncidentQuery withFilter(IncidentFilter newFilter) {
        return new IncidentQuery(newFilter, spatial);
    }

    public IncidentQuery withSpatial(SpatialCondition condition) {
        return new IncidentQuery(filter, condition);
    }
}
