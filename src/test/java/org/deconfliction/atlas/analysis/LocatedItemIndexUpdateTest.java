package org.deconfliction.atlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * An index updated edit by edit answers exactly as one built from scratch over the same items: the same ids inside
 * and uncertain for every region (given as WKT), the same size and the same derived attributes; and only the items
 * an edit changed get their attributes derived anew.
 */
class LocatedItemIndexUpdateTest {

    private static final EuphratesBank BANK = ReferenceFixtures.bank();
    private static final GeodesicLineDistance RIVER = new GeodesicLineDistance(ReferenceFixtures.euphrates());
    private static final Function<LocatedItem, ItemAttributes> DERIVE = item -> new ItemAttributes(item.id(),
            BANK.side(item.point().getX(), item.point().getY(), 0),
            BANK.side(item.point().getX(), item.point().getY(), item.uncertaintyMetres()) != BankSide.UNCERTAIN,
            RIVER.metres(item.point().getX(), item.point().getY()) / 1000, null, Double.NaN);

    /** One edit: add a new item, move one, change its uncertainty, save it unchanged, or delete it. */
    record Edit(int kind, int pick, double lon, double lat, double uncertaintyMetres) {
    }

    @Property(tries = 200)
    void anIndexUpdatedEditByEditAnswersAsOneBuiltFromScratch(
            @ForAll @IntRange(min = 0, max = 150) int initial,
            @ForAll @Size(max = 60) List<@net.jqwik.api.From("edits") Edit> edits,
            @ForAll @IntRange(min = 1, max = 30) int repackAfter,
            @ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("regionWkt") String> regions) {
        Map<String, LocatedItem> items = new LinkedHashMap<>();
        for (int i = 0; i < initial; i++) {
            LocatedItem item = item("i" + i, 38 + (i * 0.037) % 4, 33 + (i * 0.061) % 4, i % 3 == 0 ? 0 : i * 37.0);
            items.put(item.id(), item);
        }
        LocatedItemIndex index = new LocatedItemIndex(items.values(), DERIVE, n -> repackAfter);
        int next = initial;
        for (Edit edit : edits) {
            List<String> ids = new ArrayList<>(items.keySet());
            if (edit.kind() == 0 || ids.isEmpty()) {
                LocatedItem added = item("n" + next++, edit.lon(), edit.lat(), edit.uncertaintyMetres());
                items.put(added.id(), added);
                index = index.updated(List.of(added), List.of());
                continue;
            }
            LocatedItem old = items.get(ids.get(Math.floorMod(edit.pick(), ids.size())));
            switch (edit.kind()) {
                case 1 -> items.put(old.id(), item(old.id(), edit.lon(), edit.lat(), old.uncertaintyMetres()));
                case 2 -> items.put(old.id(), item(old.id(), old.point().getX(), old.point().getY(), edit.uncertaintyMetres()));
                case 3 -> { }
                default -> items.remove(old.id());
            }
            index = items.containsKey(old.id()) ? index.updated(List.of(items.get(old.id())), List.of())
                    : index.updated(List.of(), List.of(old.id()));
        }
        LocatedItemIndex fresh = new LocatedItemIndex(items.values(), DERIVE);
        assertThat(index.size()).isEqualTo(fresh.size()).isEqualTo(items.size());
        for (String wkt : regions) {
            DrawnRegion region = wkt.startsWith("CIRCLE") ? circle(wkt) : DrawnRegion.polygon(wkt);
            RegionMatch updated = index.query(region);
            RegionMatch scratch = fresh.query(region);
            assertThat(updated.inside()).as(wkt).containsExactlyInAnyOrderElementsOf(scratch.inside());
            assertThat(updated.uncertain()).as(wkt).containsExactlyInAnyOrderElementsOf(scratch.uncertain());
            assertThat(index.scan(region).inside()).as(wkt).containsExactlyInAnyOrderElementsOf(scratch.inside());
        }
        for (LocatedItem item : items.values()) {
            assertThat(index.attributes(item.id())).isEqualTo(fresh.attributes(item.id()));
            assertThat(index.holds(item.id(), item.point(), item.uncertaintyMetres())).isTrue();
        }
        for (int i = 0; i < next; i++) {
            for (String id : List.of("i" + i, "n" + i)) {
                assertThat(index.attributes(id).isPresent()).as(id).isEqualTo(items.containsKey(id));
            }
        }
    }

    @Test
    void onlyTheChangedItemGetsItsAttributesDerivedAnew() {
        AtomicInteger derived = new AtomicInteger();
        List<LocatedItem> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            items.add(item("i" + i, 38 + (i * 0.0037) % 4, 33 + (i * 0.0061) % 4, 500));
        }
        LocatedItemIndex index = new LocatedItemIndex(items, item -> {
            derived.incrementAndGet();
            return DERIVE.apply(item);
        });
        items.forEach(item -> index.attributes(item.id()));
        assertThat(derived).hasValue(5_000);

        LocatedItem moved = item("i7", 40.14, 35.335, 2_000);
        LocatedItem retitled = items.get(8); // same place and uncertainty: a change of its other fields
        LocatedItemIndex next = index.updated(List.of(moved, retitled, item("new", 39.0, 35.9, 0)), List.of("i9"));
        items.forEach(item -> next.attributes(item.id()));
        next.attributes("new");

        assertThat(derived).as("the moved item and the new one only").hasValue(5_002);
        assertThat(next.attributes("i7")).contains(DERIVE.apply(moved));
        assertThat(next.attributes("i9")).isEmpty();
        assertThat(next.size()).isEqualTo(5_000);
        assertThat(index.attributes("i9")).as("the earlier generation is unchanged").isPresent();
        assertThat(index.holds("i7", items.get(7).point(), 500)).isTrue();
    }

    @Test
    void packingAnewKeepsTheAttributesDerivedSoFar() {
        AtomicInteger derived = new AtomicInteger();
        List<LocatedItem> items = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            items.add(item("i" + i, 38 + (i * 0.0037) % 4, 33 + (i * 0.0061) % 4, 0));
        }
        LocatedItemIndex index = new LocatedItemIndex(items, item -> {
            derived.incrementAndGet();
            return DERIVE.apply(item);
        }, n -> 3);
        items.forEach(item -> index.attributes(item.id()));
        LocatedItemIndex updated = index;
        for (int i = 0; i < 10; i++) { // more than 3 changes: packed anew at least twice
            updated = updated.updated(List.of(item("i" + i, 41, 35 + i * 0.01, 0)), List.of());
        }
        LocatedItemIndex last = updated;
        items.forEach(item -> last.attributes(item.id()));
        assertThat(derived).hasValue(1_010);
        assertThat(last.query(DrawnRegion.rectangle(40.99, 34.99, 41.01, 35.2)).inside()).hasSize(10);
    }

    @Test
    void theIndexComparedWithAllItemsDropsTheMissingAndAddsTheNew() {
        List<LocatedItem> items = List.of(item("a", 39, 35, 0), item("b", 40, 35, 0), item("c", 41, 34.5, 0));
        LocatedItemIndex index = new LocatedItemIndex(items, DERIVE)
                .updatedTo(List.of(items.get(0), item("c", 41.5, 34.5, 0), item("d", 38.5, 36, 0)));
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.attributes("b")).isEmpty();
        assertThat(index.query(DrawnRegion.rectangle(38, 33, 42, 37)).inside()).containsExactlyInAnyOrder("a", "c", "d");
        assertThat(index.holds("c", ReferenceFixtures.point(41.5, 34.5), 0)).isTrue();
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers(),
                Arbitraries.doubles().between(37.5, 42.5), Arbitraries.doubles().between(32.5, 37.5),
                Arbitraries.of(0.0, 100.0, 2_000.0, 15_000.0, 50_000.0)).as(Edit::new);
    }

    /** Rectangles and triangles as WKT polygons, and circles as {@code CIRCLE(lon lat metres)}. */
    @Provide
    Arbitrary<String> regionWkt() {
        Arbitrary<Double> lon = Arbitraries.doubles().between(37.5, 42.0);
        Arbitrary<Double> lat = Arbitraries.doubles().between(32.5, 37.0);
        Arbitrary<Double> size = Arbitraries.doubles().between(0.05, 3);
        Arbitrary<String> rectangles = Combinators.combine(lon, lat, size, size).as((x, y, w, h) ->
                "POLYGON ((" + x + " " + y + ", " + (x + w) + " " + y + ", " + (x + w) + " " + (y + h) + ", " + x + " "
                        + (y + h) + ", " + x + " " + y + "))");
        Arbitrary<String> triangles = Combinators.combine(lon, lat, size, size).as((x, y, w, h) ->
                "POLYGON ((" + x + " " + y + ", " + (x + w) + " " + (y + h / 3) + ", " + (x + w / 2) + " " + (y + h) + ", "
                        + x + " " + y + "))");
        Arbitrary<String> circles = Combinators.combine(lon, lat, Arbitraries.doubles().between(1_000, 200_000))
                .as((x, y, r) -> "CIRCLE(" + x + " " + y + " " + r + ")");
        return Arbitraries.oneOf(rectangles, triangles, circles);
    }

    private static DrawnRegion circle(String text) {
        String[] parts = text.substring("CIRCLE(".length(), text.length() - 1).split(" ");
        return DrawnRegion.circle(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }

    private static LocatedItem item(String id, double lon, double lat, double uncertaintyMetres) {
        return new LocatedItem(id, ReferenceFixtures.point(lon, lat), uncertaintyMetres);
    }
}
