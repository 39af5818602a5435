package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.stream.Stream;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.query.AnswerOrder;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.SortedAnswers;

/**
 * The answers' grid's lazy data: a page is fetched in the order of the first sorted column the query service can
 * sort by (date ascending when none), and rows are told apart by incident id. An answer the analysis cannot sort
 * in time shows as an empty grid with a notice naming why.
 */
public final class LazyAnswers {

    /** The answers to a question in an order: normally {@code IncidentQueryService::sorted}. */
    @FunctionalInterface
    public interface Sorting {
        SortedAnswers sorted(IncidentQuery query, AnswerOrder order, boolean descending);
    }

    private final Sorting sorting;

    LazyAnswers(Sorting sorting) {
        this.sorting = sorting;
    }

    /** The grid's data for the answers to this question; none for null. */
    DataProvider<IncidentAnswer, Void> provider(IncidentQuery query) {
        return new CallbackDataProvider<>(request -> fetch(query, request), request -> count(query, request),
                answer -> answer.incident().id());
    }

    private Stream<IncidentAnswer> fetch(IncidentQuery query, Query<IncidentAnswer, Void> request) {
        int offset = request.getOffset();
        int limit = request.getLimit();
        SortedAnswers answers = query == null ? null : answering(query, request.getSortOrders());
        return answers == null ? Stream.empty() : answers.page(offset, limit).stream();
    }

    private int count(IncidentQuery query, Query<IncidentAnswer, Void> request) {
        SortedAnswers answers = query == null ? null : answering(query, request.getSortOrders());
        return answers == null ? 0 : answers.size();
    }

    /** The sorted answers, or null with a notice when the analysis could not give them in time. */
    SortedAnswers answering(IncidentQuery query, List<QuerySortOrder> orders) {
        try {
            return sorted(query, orders);
        } catch (AnalysisTooComplexException | AnalysisBusyException e) {
            Notification.show("The grid could not be sorted: " + e.getMessage(), 6000, Notification.Position.BOTTOM_START);
            return null;
        }
    }

    /** The answers in the first of these orders the service knows; date ascending when it knows none. */
    SortedAnswers sorted(IncidentQuery query, List<QuerySortOrder> orders) {
        for (QuerySortOrder order : orders) {
            var known = AnswerOrder.ofKey(order.getSorted());
            if (known.isPresent()) {
                return sorting.sorted(query, known.get(), order.getDirection() == SortDirection.DESCENDING);
            }
        }
        return sorting.sorted(query, AnswerOrder.DATE, false);
    }
}
