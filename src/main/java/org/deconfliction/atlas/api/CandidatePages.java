package org.deconfliction.atlas.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters, orders and pages a collection's answers on what is cheap to know of them, and completes only the page:
 * for the incidents, the derived attributes (river and site distances, the bank) are the expensive part, so a
 * {@code filter} and {@code sortby} over the incidents' own properties are evaluated on features without them, and
 * only the page's features are completed. A filter or order that names a derived property needs every feature
 * completed first; the answer is the same either way.
 */
final class CandidatePages {

    /**
     * One answer: its feature without the expensive properties, and how to make the complete one (the same
     * feature with them).
     */
    record Candidate(ObjectNode cheap, Supplier<ObjectNode> complete) {
    }

    /** The page's complete features and how many answers passed the filter in all. */
    record Selected(List<ObjectNode> page, int numberMatched) {
    }

    private CandidatePages() {
    }

    /**
     * The page from {@code offset}, at most {@code limit} long, of the candidates that pass {@code filter}, in
     * {@code order} (null: as given; the sort is stable).
     *
     * @param needsComplete whether the filter or the order names a property only the complete features have
     */
    static Selected select(List<Candidate> candidates, Predicate<ObjectNode> filter, Comparator<ObjectNode> order,
            boolean needsComplete, int offset, int limit) {
        if (needsComplete) {
            List<ObjectNode> all = new ArrayList<>(candidates.stream().map(c -> c.complete().get()).filter(filter).toList());
            if (order != null) {
                all.sort(order);
            }
            return new Selected(List.copyOf(slice(all, offset, limit)), all.size());
        }
        List<Candidate> passing = new ArrayList<>(candidates.stream().filter(c -> filter.test(c.cheap())).toList());
        if (order != null) {
            passing.sort(Comparator.comparing(Candidate::cheap, order));
        }
        List<ObjectNode> page = slice(passing, offset, limit).stream().map(c -> c.complete().get()).toList();
        return new Selected(page, passing.size());
    }

    private static <T> List<T> slice(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return all.subList(from, (int) Math.min((long) from + limit, all.size()));
    }
}
