package org.deconfliction.atlas.query;

import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;

/**
 * The incidents that answer a query (inside or uncertain, in the repository's order) and the counts an analyst
 * reads first: in all, by category, by bank of the Euphrates (UNCERTAIN where the circle crosses the river) and by
 * certainty. An answer the query service found on the incidents' columns holds its rows as keys (each row made
 * when read) and its counts made once; any other list is copied and counted in one pass when asked.
 */
public record QueryResult(IncidentQuery query, List<IncidentAnswer> answers) {

    public QueryResult {
        answers = answers instanceof KeyedAnswers ? answers : List.copyOf(answers);
    }

    public int total() {
        return answers.size();
    }

    /** The answers' incidents in the same order, without making the rows (or reading attributes) where it can. */
    public List<Incident> incidents() {
        return answers instanceof KeyedAnswers keyed ? keyed.incidents()
                : answers.stream().map(IncidentAnswer::incident).toList();
    }

    /** Every count of the answer, made once for an answer found on the columns and otherwise in one pass. */
    public AnswerCounts counts() {
        return answers instanceof KeyedAnswers keyed ? keyed.counts() : AnswerCounts.of(answers);
    }

    public Map<IncidentCategory, Integer> byCategory() {
        return counts().byCategory();
    }

    public Map<BankSide, Integer> byBank() {
        return counts().byBank();
    }

    public Map<SpatialAnswer, Integer> byCertainty() {
        return counts().byCertainty();
    }
}
