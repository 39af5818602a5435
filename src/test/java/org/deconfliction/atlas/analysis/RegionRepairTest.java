package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** What repairing a self-crossing drawn outline costs at most, and what is refused instead. */
class RegionRepairTest {

    @Test
    void theThousandVertexStarIsRefusedQuicklyNamingWhereItCrossesItself() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> DrawnRegion.polygon(StarOutlines.star1001()))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("the outline crosses itself more than 200 times, first at (")
                .hasMessageMatching("(?s).*first at \\(\\d+\\.\\d{5} \\d+\\.\\d{5}\\);.*")
                .hasMessageContaining("draw the outline without crossing its own edges");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anOutlineCrossingItselfUpToTheBudgetIsStillRepaired() {
        // 21 vertices, each joined to the one 10 further on: 189 crossings, within the budget of 200.
        Geometry repaired = DrawnRegion.polygon(StarOutlines.star(21, 10, 1)).outline();
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.getArea()).isPositive();
        // 23 vertices: 230 crossings, over it.
        assertThatThrownBy(() -> DrawnRegion.polygon(StarOutlines.star(23, 11, 1)))
                .isInstanceOf(InvalidRegionException.class).hasMessageContaining("more than 200 times");
    }

    @Test
    void crossingsAreCountedOnlyUpToJustOverTheLimit() {
        Geometry star = ReferenceFixtures.wkt(StarOutlines.star1001());
        SelfCrossings crossings = SelfCrossings.upTo(star, 200);
        assertThat(crossings.count()).isEqualTo(201);
        assertThat(crossings.overLimit()).isTrue();

        Geometry bowTie = ReferenceFixtures.wkt("POLYGON ((38 35, 40 36, 40 35, 38 36, 38 35))");
        SelfCrossings one = SelfCrossings.upTo(bowTie, 200);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.first().x).isEqualTo(39.0);
        assertThat(one.first().y).isEqualTo(35.5);

        Geometry square = ReferenceFixtures.wkt("POLYGON ((38 35, 40 35, 40 36, 38 36, 38 35))");
        assertThat(SelfCrossings.upTo(square, 200).count()).isZero();
    }
}
