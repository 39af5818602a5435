package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocatedItemIndexTest {

    private static final List<LocatedItem> ITEMS = List.of(
            new LocatedItem("raqqa", ReferenceFixtures.point(39.01, 35.95), 0),
            new LocatedItem("tabqa", ReferenceFixtures.point(38.55, 35.84), 0),
            new LocatedItem("deir-ez-zor", ReferenceFixtures.point(40.14, 35.335), 2_000),
            new LocatedItem("abu-kamal", ReferenceFixtures.point(40.92, 34.45), 0));

    @Test
    void aRegionQueryReturnsTheIdsInsideAndThoseOnTheEdge() {
        LocatedItemIndex index = new LocatedItemIndex(ITEMS, item -> null);
        RegionMatch match = index.query(DrawnRegion.polygon("POLYGON ((38 35.3, 40.13 35.3, 40.13 36.5, 38 36.5, 38 35.3))"));
        assertThat(match.inside()).containsExactlyInAnyOrder("raqqa", "tabqa");
        assertThat(match.uncertain()).containsExactly("deir-ez-zor"); // 0.9 km outside, 2 km uncertain
    }

    @Test
    void withinADistanceIsGeodesic() {
        LocatedItemIndex index = new LocatedItemIndex(ITEMS, item -> null);
        // Raqqa to Tabqa is about 43 km.
        assertThat(index.withinMetresOf(ReferenceFixtures.point(39.01, 35.95), 40_000).inside()).containsExactly("raqqa");
        assertThat(index.withinMetresOf(ReferenceFixtures.point(39.01, 35.95), 45_000).inside())
                .containsExactlyInAnyOrder("raqqa", "tabqa");
    }

    @Test
    void attributesAreDerivedOnceAndUnknownIdsHaveNone() {
        AtomicInteger calls = new AtomicInteger();
        LocatedItemIndex index = new LocatedItemIndex(ITEMS, item -> {
            calls.incrementAndGet();
            return new ItemAttributes(item.id(), BankSide.EAST, true, 1, null, Double.NaN);
        });
        assertThat(index.attributes("raqqa")).map(ItemAttributes::itemId).contains("raqqa");
        assertThat(index.attributes("raqqa")).isPresent();
        assertThat(calls).hasValue(1);
        assertThat(index.attributes("palmyra")).isEmpty();
    }

    @Test
    void anEmptyIndexAnswersNothingAndDuplicateIdsAreRefused() {
        LocatedItemIndex empty = new LocatedItemIndex(List.of(), item -> null);
        assertThat(empty.size()).isZero();
        assertThat(empty.query(DrawnRegion.rectangle(35, 32, 44, 37)).inside()).isEmpty();
        assertThatThrownBy(() -> new LocatedItemIndex(List.of(ITEMS.get(0), ITEMS.get(0)), item -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("raqqa");
    }
}
