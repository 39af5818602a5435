package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deconfliction.atlas.timeline.TimelineFixtures.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;

/** The presenter's sequence: the incident current on a date, places and look-ups as a scan of the sequence finds them. */
class PresentedSequenceTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    /** A store whose list of all incidents is a new object after every change, as the stores keep one per state. */
    private static final class Listed implements IncidentRepository {
        List<Incident> all;
        int reads;

        Listed(List<Incident> all) {
            this.all = all.stream().sorted(Incident.CHRONOLOGICAL).toList();
        }

        public List<Incident> findAll() {
            return all;
        }

        public Optional<Incident> findById(String id) {
            return all.stream().filter(i -> i.id().equals(id)).findFirst();
        }

        public List<Incident> find(IncidentFilter filter) {
            reads++;
            return all.stream().filter(filter::test).toList();
        }

        public int count(IncidentFilter filter) {
            return find(filter).size();
        }
    }

    /** Over random stores with several incidents a day: the current incident and every place as a scan finds them. */
    @Property(tries = 200)
    void theCurrentIncidentAndEveryPlaceAreAsAScanFindsThem(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 200) int n) {
        Random random = new Random(seed);
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            incidents.add(incident("i-" + random.nextInt(1000) + "-" + i, IncidentDate.day(FIRST.plusDays(random.nextInt(60)))));
        }
        Listed store = new Listed(incidents);
        PresentedSequence sequence = new PresentedSequence(store, IncidentFilter::all);

        assertThat(sequence.incidents()).isEqualTo(store.all);
        for (int k = 0; k < 20; k++) {
            LocalDate date = FIRST.plusDays(random.nextInt(70) - 5);
            Optional<Incident> scanned = store.all.stream()
                    .filter(incident -> !incident.date().start().isAfter(date))
                    .max(Comparator.comparing((Incident incident) -> incident.date().start())
                            .thenComparing(Incident::id, Comparator.reverseOrder()));
            assertThat(sequence.currentOn(date)).isEqualTo(scanned);
        }
        for (Incident incident : store.all) {
            assertThat(sequence.indexOf(incident)).isEqualTo(store.all.indexOf(incident));
            assertThat(sequence.find(incident.id())).contains(incident);
        }
        assertThat(sequence.find("not-stored")).isEmpty();
        assertThat(store.reads).as("read once while store and filter stay").isEqualTo(1);
    }

    @Test
    void aChangedFilterOrStoreIsReadAgain() {
        Incident first = incident("a", IncidentDate.day(FIRST));
        Incident second = incident("b", IncidentDate.day(FIRST.plusDays(3)));
        Listed store = new Listed(List.of(first, second));
        IncidentFilter[] filter = {IncidentFilter.all()};
        PresentedSequence sequence = new PresentedSequence(store, () -> filter[0]);
        assertThat(sequence.incidents()).containsExactly(first, second);

        filter[0] = IncidentFilter.all().withCategories(Set.of(IncidentCategory.DRONE));
        assertThat(sequence.incidents()).isEmpty();
        assertThat(sequence.currentOn(FIRST.plusDays(5))).isEmpty();
        assertThat(sequence.indexOf(first)).isEqualTo(-1);

        filter[0] = IncidentFilter.all();
        Incident moved = incident("a", IncidentDate.day(FIRST.plusDays(5)));
        store.all = List.of(second, moved);
        assertThat(sequence.incidents()).containsExactly(second, moved);
        assertThat(sequence.indexOf(first)).as("the incident as it was before its edit").isEqualTo(-1);
        assertThat(sequence.currentOn(FIRST.plusDays(4))).contains(second);
    }
}
