package org.deconfliction.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A collection's queryables are read from its features, a paged collection's from a bounded sample spread over it. */
class FeatureFiltersTest {

    /** Feature {@code i} of a paged collection: {@code killed} is null in the first half, a number in the second. */
    private static ObjectNode feature(long i, long size) {
        ObjectNode feature = JsonNodeFactory.instance.objectNode();
        feature.putObject("geometry").put("type", "Point");
        ObjectNode properties = feature.putObject("properties");
        properties.put("id", "incident-" + i);
        if (i >= size / 2) {
            properties.put("killed", (int) (i % 7));
        } else {
            properties.putNull("killed");
        }
        return feature;
    }

    /** A paged collection of {@code size} features that counts the features it encodes and refuses a whole read. */
    private static FeatureCollectionCatalog.Entry paged(long size, AtomicInteger encoded) {
        return new FeatureCollectionCatalog.Entry("incidents", "Incidents", "", null, Set.of(),
                query -> {
                    throw new AssertionError("every feature of the collection was asked for");
                },
                query -> {
                    List<ObjectNode> page = new ArrayList<>();
                    for (long i = query.offset(); i < Math.min(size, (long) query.offset() + query.limit()); i++) {
                        page.add(feature(i, size));
                    }
                    encoded.addAndGet(page.size());
                    return new IncidentItems.Page(page, (int) size);
                }, id -> java.util.Optional.empty(), null);
    }

    @Test
    void aMillionFeaturesAreReadAsAThousandSpreadOverTheCollection() {
        AtomicInteger encoded = new AtomicInteger();

        Queryables queryables = new FeatureFilters().queryables(paged(1_000_000, encoded));

        assertThat(encoded.get()).isEqualTo(FeatureFilters.SAMPLE_PAGES * FeatureFilters.SAMPLE_PAGE);
        assertThat(queryables.names()).containsExactlyInAnyOrder("id", "killed");
        assertThat(queryables.type("killed")).as("a number in the later half of the collection").isEqualTo("number");
    }

    @Test
    void aCollectionOfAThousandFeaturesOrFewerIsReadWhole() {
        AtomicInteger encoded = new AtomicInteger();

        new FeatureFilters().queryables(paged(950, encoded));

        assertThat(encoded.get()).isEqualTo(950);
    }

    @Test
    void theQueryablesAreReadOncePerCollection() {
        AtomicInteger encoded = new AtomicInteger();
        FeatureFilters filters = new FeatureFilters();
        FeatureCollectionCatalog.Entry entry = paged(5_000, encoded);

        IntStream.range(0, 3).forEach(i -> filters.propertyNames(entry));

        assertThat(encoded.get()).isEqualTo(FeatureFilters.SAMPLE_PAGES * FeatureFilters.SAMPLE_PAGE);
    }

    @Test
    void aSmallLayerIsReadWhole() {
        FeatureCollectionCatalog.Entry sites = new FeatureCollectionCatalog.Entry("sites", "Sites", "", null, Set.of(),
                query -> IntStream.range(0, 3).mapToObj(i -> feature(i, 2)).toList(), null, id -> java.util.Optional.empty(), null);

        assertThat(new FeatureFilters().queryables(sites).type("killed")).isEqualTo("number");
    }
}
