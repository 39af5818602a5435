package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.d;
import static org.deconfliction.atlas.timeline.TimelineFixtures.day;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;

import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.store.StoreChangedEvent;
import org.deconfliction.atlas.store.StoredLayer;
import org.junit.jupiter.api.Test;

class StoredDayCountsTest {

    private static Incident of(String id, IncidentCategory category, String date) {
        Incident base = incident(id, day(date));
        return new Incident(base.id(), base.title(), base.summary(), category, base.actors(), base.opponent(),
                base.casualties(), base.place(), base.siteId(), base.location(), base.uncertainty(), base.date(),
                base.timeOfDay(), base.country(), base.sources(), base.disagreements());
    }

    @Test
    void countsTheChosenCategoriesOrEveryCategoryWhenNoneIsChosen() {
        CountedReadsStore store = new CountedReadsStore();
        store.all.add(of("a", IncidentCategory.AIR_STRIKE, "2017-05-01"));
        store.all.add(of("b", IncidentCategory.AIR_STRIKE, "2017-05-20"));
        store.all.add(of("c", IncidentCategory.GROUND_CLASH, "2017-06-02"));
        StoredDayCounts counts = new StoredDayCounts(store);

        assertThat(counts.of(Set.of(IncidentCategory.AIR_STRIKE)).overlapping(d("2017-05-01"), d("2017-05-31"))).isEqualTo(2);
        assertThat(counts.of(Set.of(IncidentCategory.GROUND_CLASH)).overlapping(d("2017-05-01"), d("2017-05-31"))).isZero();
        assertThat(counts.of(Set.of()).size()).isEqualTo(3);
        assertThat(counts.of(Set.of(IncidentCategory.ROCKET_ARTILLERY)).size()).isZero();
        assertThat(store.reads).as("read once for every question").isEqualTo(1);
    }

    @Test
    void readsTheStoreAgainAfterAChange() {
        CountedReadsStore store = new CountedReadsStore();
        store.all.add(of("a", IncidentCategory.AIR_STRIKE, "2017-05-01"));
        StoredDayCounts counts = new StoredDayCounts(store);
        assertThat(counts.of(Set.of()).size()).isEqualTo(1);

        store.all.add(of("b", IncidentCategory.AIR_STRIKE, "2018-01-09"));
        assertThat(counts.of(Set.of()).size()).as("unchanged until the store says so").isEqualTo(1);
        counts.storeChanged(new StoreChangedEvent(StoredLayer.INCIDENTS, List.of()));

        assertThat(counts.of(Set.of()).size()).isEqualTo(2);
        assertThat(counts.of(Set.of()).period().orElseThrow().last()).isEqualTo(d("2018-01-09"));
    }
}
