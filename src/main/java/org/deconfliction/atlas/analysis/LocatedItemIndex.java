package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.locationtech.jts.geom.Point;

/**
 * A spatial index over located items. Each generation is immutable: a packing of items ({@link PackedItems}, STR
 * buckets in a JTS STRtree, settled bucket by bucket), a mask of packed positions that later edits removed, and a
 * small list of items added or moved since, tested one by one. A region query returns exactly what testing every
 * item would. Derived attributes are computed on first request and kept, across generations too: an edit makes a
 * new generation with {@link #updated} at a cost proportional to what changed (plus copying a mask of one bit per
 * packed item), and only the changed items get their attributes derived anew. Once the changes since the last
 * packing exceed {@link #repackAfter(int)} the items are packed anew, carrying every attribute already derived.
 */
public final class LocatedItemIndex {

    private final PackedItems packed;
    /** Packed positions no longer held (replaced or removed); never changed once this generation is made. */
    private final BitSet removed;
    private final int removedCount;
    /** Items added or moved since the packing, by id. */
    private final Map<String, LocatedItem> extra;
    private final ConcurrentHashMap<String, ItemAttributes> extraDerived;
    private final Function<LocatedItem, ItemAttributes> derive;
    private final IntUnaryOperator repackRule;

    /**
     * Indexes the items; {@code derive} computes an item's attributes when first asked for.
     *
     * @throws IllegalArgumentException if two items share an id or there are more than 2^24 items
     */
    LocatedItemIndex(Collection<LocatedItem> input, Function<LocatedItem, ItemAttributes> derive) {
        this(input, derive, LocatedItemIndex::repackAfter);
    }

    /** As above, packing anew once more changes than {@code repackRule} gives for the packed count accumulated. */
    LocatedItemIndex(Collection<LocatedItem> input, Function<LocatedItem, ItemAttributes> derive,
                     IntUnaryOperator repackRule) {
        this(new PackedItems(List.copyOf(input), item -> null), new BitSet(), 0, Map.of(), new ConcurrentHashMap<>(),
                derive, repackRule);
    }

    /** As the first, starting with the attributes {@code known} gives for an item (null: derived when asked for). */
    static LocatedItemIndex startingWith(Collection<LocatedItem> input, Function<LocatedItem, ItemAttributes> derive,
                                         Function<LocatedItem, ItemAttributes> known) {
        return new LocatedItemIndex(new PackedItems(List.copyOf(input), known), new BitSet(), 0, Map.of(),
                new ConcurrentHashMap<>(), derive, LocatedItemIndex::repackAfter);
    }

    /** The item held under this id; empty when none is. */
    public Optional<LocatedItem> item(String id) {
        LocatedItem added = extra.get(id);
        if (added != null) {
            return Optional.of(added);
        }
        int k = packed.positionOf(id);
        return k < 0 || removed.get(k) ? Optional.empty() : Optional.of(packed.items[k]);
    }

    /** Every item the index holds, in no particular order. */
    public List<LocatedItem> items() {
        List<LocatedItem> all = new ArrayList<>(size());
        for (int k = 0; k < packed.size(); k++) {
            if (!removed.get(k)) {
                all.add(packed.items[k]);
            }
        }
        all.addAll(extra.values());
        return all;
    }

    private LocatedItemIndex(PackedItems packed, BitSet removed, int removedCount, Map<String, LocatedItem> extra,
                             ConcurrentHashMap<String, ItemAttributes> extraDerived,
                             Function<LocatedItem, ItemAttributes> derive, IntUnaryOperator repackRule) {
        this.packed = packed;
        this.removed = removed;
        this.removedCount = removedCount;
        this.extra = extra;
        this.extraDerived = extraDerived;
        this.derive = derive;
        this.repackRule = repackRule;
    }

    /** How many changes a packing of {@code n} items takes before it is packed anew: 2√n, at least 256. */
    static int repackAfter(int n) {
        return Math.max(256, (int) (2 * Math.sqrt(n)));
    }

    /** How many items the index holds. */
    public int size() {
        return packed.size() - removedCount + extra.size();
    }

    /**
     * A new generation of this index holding {@code changed} (new items, or held ones with their new place or
     * uncertainty) and without the items with the {@code removedIds} (unknown ones are ignored); an id in both is
     * changed. Items whose place and uncertainty are unchanged keep their attributes; this index stays as it was.
     */
    public LocatedItemIndex updated(Collection<LocatedItem> changed, Collection<String> removedIds) {
        BitSet mask = null;
        int count = removedCount;
        Map<String, LocatedItem> moved = new HashMap<>(extra);
        Set<String> stale = new HashSet<>();
        List<LocatedItem> changes = changed.stream().filter(item -> !holds(item.id(), item.point(), item.uncertaintyMetres())).toList();
        Set<String> gone = new HashSet<>(removedIds);
        changed.forEach(item -> gone.remove(item.id()));
        changes.forEach(item -> gone.add(item.id()));
        for (String id : gone) {
            if (moved.remove(id) != null) {
                stale.add(id);
            }
            int k = packed.positionOf(id);
            if (k >= 0 && !removed.get(k)) {
                mask = mask == null ? (BitSet) removed.clone() : mask;
                mask.set(k);
                count++;
            }
        }
        changes.forEach(item -> moved.put(item.id(), item));
        ConcurrentHashMap<String, ItemAttributes> kept = new ConcurrentHashMap<>(extraDerived);
        stale.forEach(kept::remove);
        LocatedItemIndex next = new LocatedItemIndex(packed, mask == null ? removed : mask, count, Map.copyOf(moved),
                kept, derive, repackRule);
        return count + moved.size() > repackRule.applyAsInt(packed.size()) ? next.repacked() : next;
    }

    /**
     * A new generation holding exactly {@code all}: the differences from this index are applied with
     * {@link #updated}, so unchanged items keep their attributes. Costs one look-up per item.
     */
    public LocatedItemIndex updatedTo(Collection<LocatedItem> all) {
        Set<String> ids = new HashSet<>(all.size() * 2);
        all.forEach(item -> ids.add(item.id()));
        List<String> gone = new ArrayList<>();
        for (int k = 0; k < packed.size(); k++) {
            if (!removed.get(k) && !ids.contains(packed.items[k].id())) {
                gone.add(packed.items[k].id());
            }
        }
        extra.keySet().stream().filter(id -> !ids.contains(id)).forEach(gone::add);
        return updated(all, gone);
    }

    /** All held items packed anew, with every attribute derived so far. */
    private LocatedItemIndex repacked() {
        List<LocatedItem> all = new ArrayList<>(size());
        Map<String, ItemAttributes> known = new HashMap<>(extraDerived);
        for (int k = 0; k < packed.size(); k++) {
            if (!removed.get(k)) {
                all.add(packed.items[k]);
                ItemAttributes attributes = packed.derived.get(k);
                if (attributes != null) {
                    known.put(packed.items[k].id(), attributes);
                }
            }
        }
        all.addAll(extra.values());
        return new LocatedItemIndex(new PackedItems(all, item -> known.get(item.id())), new BitSet(), 0, Map.of(),
                new ConcurrentHashMap<>(), derive, repackRule);
    }

    /** The items a region holds (INSIDE) and those it may hold (UNCERTAIN), in no particular order. */
    public RegionMatch query(DrawnRegion region) {
        List<String> inside = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        query(region, listing(inside, uncertain));
        return new RegionMatch(inside, uncertain);
    }

    /**
     * The same answers as {@link #query(DrawnRegion)}, reported to the sink one item at a time: packed items by
     * position in {@link #packedIds()}, so that a caller counting a large answer makes no list of ids.
     */
    public void query(DrawnRegion region, RegionAnswerSink sink) {
        RegionMembership membership = region.membership();
        packed.query(membership, removed, sink::packed);
        collectExtra(membership::answer, sink);
    }

    /** The ids of the packed items by position; the same object for every generation over one packing. */
    public PackedIds packedIds() {
        return packed;
    }

    /** The items within {@code metres} (geodesic) of a point, and those whose uncertainty straddles that distance. */
    public RegionMatch withinMetresOf(Point centre, double metres) {
        return query(DrawnRegion.circle(centre.getX(), centre.getY(), metres));
    }

    /** The derived attributes of an item, computed on first request; empty when no item has that id. */
    public Optional<ItemAttributes> attributes(String id) {
        LocatedItem added = extra.get(id);
        if (added != null) {
            return Optional.of(extraDerived.computeIfAbsent(id, key -> derive.apply(added)));
        }
        int k = packed.positionOf(id);
        if (k < 0 || removed.get(k)) {
            return Optional.empty();
        }
        ItemAttributes attributes = packed.derived.get(k);
        if (attributes == null) {
            attributes = derive.apply(packed.items[k]);
            packed.derived.compareAndSet(k, null, attributes);
        }
        return Optional.of(attributes);
    }

    /** Whether the index holds this item as it is: the same id at the same point with the same uncertainty. */
    public boolean holds(String id, Point point, double uncertaintyMetres) {
        LocatedItem added = extra.get(id);
        if (added != null) {
            return added.point().getX() == point.getX() && added.point().getY() == point.getY()
                    && added.uncertaintyMetres() == uncertaintyMetres;
        }
        int k = packed.positionOf(id);
        return k >= 0 && !removed.get(k) && packed.lon[k] == point.getX() && packed.lat[k] == point.getY()
                && packed.uncertainty[k] == uncertaintyMetres;
    }

    /** The same answer as {@link #query}, by testing every item: the reference the index is checked against. */
    RegionMatch scan(DrawnRegion region) {
        List<String> inside = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        RegionMembership membership = region.membership();
        RegionAnswerSink sink = listing(inside, uncertain);
        packed.collect(membership::answer, 0, packed.size(), removed, sink::packed);
        collectExtra(membership::answer, sink);
        return new RegionMatch(inside, uncertain);
    }

    /** A sink adding the ids of the items inside to one list and of those on the edge to the other. */
    private RegionAnswerSink listing(List<String> inside, List<String> uncertain) {
        return new RegionAnswerSink() {
            @Override
            public void packed(int position, SpatialAnswer answer) {
                added(packed.id(position), answer);
            }

            @Override
            public void added(String id, SpatialAnswer answer) {
                (answer == SpatialAnswer.INSIDE ? inside : uncertain).add(id);
            }
        };
    }

    private void collectExtra(RegionMembership.PointTest test, RegionAnswerSink sink) {
        for (LocatedItem item : extra.values()) {
            SpatialAnswer answer = test.answer(item.point().getX(), item.point().getY(), item.uncertaintyMetres());
            if (answer != SpatialAnswer.OUTSIDE) {
                sink.added(item.id(), answer);
            }
        }
    }
}
