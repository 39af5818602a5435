package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Filtering and ordering on the cheap features completes only the page, and answers as completing all would. */
class CandidatePagesTest {

    private final AtomicInteger completed = new AtomicInteger();

    private List<CandidatePages.Candidate> candidates(int count) {
        List<CandidatePages.Candidate> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            ObjectNode cheap = feature(n, false);
            all.add(new CandidatePages.Candidate(cheap, () -> {
                completed.incrementAndGet();
                return feature(n, true);
            }));
        }
        return all;
    }

    private static ObjectNode feature(int n, boolean complete) {
        ObjectNode feature = JsonNodeFactory.instance.objectNode().put("type", "Feature").put("id", "f" + n);
        ObjectNode properties = feature.putObject("properties").put("rank", (n * 37) % 101).put("even", n % 2 == 0);
        if (complete) {
            properties.put("derived", n * 10);
        }
        return feature;
    }

    private static final Predicate<ObjectNode> EVEN = f -> f.get("properties").get("even").asBoolean();
    private static final Comparator<ObjectNode> BY_RANK_DESCENDING = Comparator.comparing(
            (ObjectNode f) -> f.get("properties").get("rank").asInt()).reversed();

    @Test
    void onlyThePagesFeaturesAreCompleted() {
        CandidatePages.Selected selected = CandidatePages.select(candidates(1000), EVEN, BY_RANK_DESCENDING, false, 20, 10);

        assertThat(completed.get()).isEqualTo(10);
        assertThat(selected.numberMatched()).isEqualTo(500);
        assertThat(selected.page()).hasSize(10).allSatisfy(f -> assertThat(f.get("properties").has("derived")).isTrue());
    }

    @Test
    void theAnswerIsTheSameAsWhenEveryFeatureIsCompletedFirst() {
        CandidatePages.Selected lazy = CandidatePages.select(candidates(1000), EVEN, BY_RANK_DESCENDING, false, 40, 25);
        completed.set(0);
        CandidatePages.Selected eager = CandidatePages.select(candidates(1000), EVEN, BY_RANK_DESCENDING, true, 40, 25);

        assertThat(completed.get()).as("a filter naming a derived property completes every feature").isEqualTo(1000);
        assertThat(lazy).isEqualTo(eager);
    }

    @Test
    void aPagePastTheEndIsEmptyAndCompletesNothing() {
        CandidatePages.Selected selected = CandidatePages.select(candidates(30), f -> true, null, false, 30, 10);

        assertThat(selected.page()).isEmpty();
        assertThat(selected.numberMatched()).isEqualTo(30);
        assertThat(completed.get()).isZero();
    }
}
