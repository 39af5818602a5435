package org.deconfliction.atlas.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentCategory;

/**
 * The incidents that answer a query (inside or uncertain, in the repository's order) and the counts an analyst
 * reads first: in all, by category, by bank of the Euphrates (UNCERTAIN where the circle crosses the river) and by
 * certainty.
 */
public record QueryResult(IncidentQuery query, List<IncidentAnswer> answers) {

    public QueryResult {
        answers = List.copyOf(answers);
    }

    public int total() {
        return answers.size();
    }

    public Map<IncidentCategory, Integer> byCategory() {
        Map<IncidentCategory, Integer> counts = new EnumMap<>(IncidentCategory.class);
        answers.forEach(a -> counts.merge(a.incident().category(), 1, Integer::sum));
        return counts;
    }

    public Map<BankSide, Integer> byBank() {
        Map<BankSide, Integer> counts = new EnumMap<>(BankSide.class);
        answers.forEach(a -> counts.merge(a.attributes().bankCertain() ? a.attributes().bank() : BankSide.UNCERTAIN, 1, Integer::sum));
        return counts;
    }

    public Map<SpatialAnswer, Integer> byCertainty() {
        Map<SpatialAnswer, Integer> counts = new EnumMap<>(SpatialAnswer.class);
        answers.forEach(a -> counts.merge(a.answer(), 1, Integer::sum));
        return counts;
    }
}
