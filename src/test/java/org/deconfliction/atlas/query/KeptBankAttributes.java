package org.deconfliction.atlas.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;

/**
 * Stored attributes as the store would hand them over at start-up, made from each point's bank alone (certain, the
 * distances unknown and no nearest site), for benchmarks over a million incidents: deriving them would take minutes
 * and their values do not change what reading them costs. Writes are dropped.
 */
final class KeptBankAttributes extends StoredAttributes {

    private final IncidentRepository incidents;
    private final SpatialAnalysis analysis;

    KeptBankAttributes(IncidentRepository incidents, SpatialAnalysis analysis) {
        super(null, null);
        this.incidents = incidents;
        this.analysis = analysis;
    }

    @Override
    Map<String, Row> read(String reference) {
        Map<String, Row> rows = new HashMap<>();
        for (Incident incident : incidents.findAll()) {
            LocatedItem item = new LocatedItem(incident.id(), incident.location(), incident.uncertainty().radiusMetres());
            rows.put(incident.id(), new Row(item, 0, new ItemAttributes(incident.id(),
                    analysis.bankSide(incident.location(), 0), true, Double.NaN, null, Double.NaN)));
        }
        return rows;
    }

    @Override
    void write(List<Row> rows, String reference) {
    }
}
