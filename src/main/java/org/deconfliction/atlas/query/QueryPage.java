package org.deconfliction.atlas.query;

import java.util.List;

/**
 * One page of the answers to a query: {@code numberMatched} answers in all, and those from {@code offset} on (at
 * most the page's limit), in the repository's order, each with its derived attributes. Empty past the last answer.
 */
public record QueryPage(IncidentQuery query, int numberMatched, int offset, List<IncidentAnswer> answers) {

    public QueryPage {
        answers = List.copyOf(answers);
    }
}
