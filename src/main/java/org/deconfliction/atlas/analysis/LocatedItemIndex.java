package org.deconfliction.atlas.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A spatial index over located items, built once: the items are packed in Sort-Tile-Recursive order into buckets
 * of {@value #BUCKET_SIZE}, whose boxes go into a JTS STRtree. A region query takes the buckets near the region,
 * settles whole buckets the region surely holds or misses, and answers the rest item by item, so it returns exactly
 * what testing every item would. Derived attributes are computed on first request and kept. The index never
 * changes; a changed set of items is indexed anew.
 */
public final class LocatedItemIndex {

    static final int BUCKET_SIZE = 64;
    private static final int MAX_ITEMS = 1 << 24;

    private record Bucket(int from, int to, Envelope box, double maxUncertainty) {
    }

    private final LocatedItem[] items;
    private final double[] lon;
    private final double[] lat;
    private final double[] uncertainty;
    /** Each item's id hash in the high 32 bits and its position in the low 32, sorted: the lookup by id. */
    private final long[] idLookup;
    private final STRtree buckets = new STRtree();
    private final double maxUncertainty;
    private final Function<LocatedItem, ItemAttributes> derive;
    private final ConcurrentHashMap<String, ItemAttributes> derived = new ConcurrentHashMap<>();

    /**
     * Indexes the items; {@code derive} computes an item's attributes when first asked for.
     *
     * @throws IllegalArgumentException if two items share an id or there are more than 2^24 items
     */
    LocatedItemIndex(Collection<LocatedItem> input, Function<LocatedItem, ItemAttributes> derive) {
        this.derive = derive;
        LocatedItem[] given = input.toArray(LocatedItem[]::new);
        int n = given.length;
        if (n > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " items can be indexed, got " + n);
        }
        int[] order = sortTileRecursive(given);
        items = new LocatedItem[n];
        lon = new double[n];
        lat = new double[n];
        uncertainty = new double[n];
        double largest = 0;
        for (int k = 0; k < n; k++) {
            LocatedItem item = given[order[k]];
            items[k] = item;
            lon[k] = item.point().getX();
            lat[k] = item.point().getY();
            uncertainty[k] = item.uncertaintyMetres();
            largest = Math.max(largest, uncertainty[k]);
        }
        maxUncertainty = largest;
        for (int from = 0; from < n; from += BUCKET_SIZE) {
            int to = Math.min(n, from + BUCKET_SIZE);
            Envelope box = new Envelope();
            double bucketMax = 0;
            for (int k = from; k < to; k++) {
                box.expandToInclude(lon[k], lat[k]);
                bucketMax = Math.max(bucketMax, uncertainty[k]);
            }
            buckets.insert(box, new Bucket(from, to, box, bucketMax));
        }
        buckets.build();
        idLookup = new long[n];
        for (int k = 0; k < n; k++) {
            idLookup[k] = (long) items[k].id().hashCode() << 32 | k;
        }
        Arrays.sort(idLookup);
        for (int k = 1; k < n; k++) {
            for (int j = k - 1; j >= 0 && hash(idLookup[j]) == hash(idLookup[k]); j--) {
                if (items[position(idLookup[j])].id().equals(items[position(idLookup[k])].id())) {
                    throw new IllegalArgumentException("two items have the id " + items[position(idLookup[k])].id());
                }
            }
        }
    }

    /** How many items the index holds. */
    public int size() {
        return items.length;
    }

    /** The items a region holds (INSIDE) and those it may hold (UNCERTAIN), in no particular order. */
    public RegionMatch query(DrawnRegion region) {
        RegionMembership membership = region.membership();
        List<String> inside = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        buckets.query(EllipsoidScale.expand(membership.reach(), maxUncertainty), found -> {
            Bucket bucket = (Bucket) found;
            switch (membership.cover(bucket.box(), bucket.maxUncertainty())) {
                case ALL_INSIDE -> {
                    for (int k = bucket.from(); k < bucket.to(); k++) {
                        inside.add(items[k].id());
                    }
                }
                case ALL_OUTSIDE -> { }
                case MIXED -> collect(membership.near(bucket.box(), bucket.maxUncertainty()), bucket.from(), bucket.to(),
                        inside, uncertain);
            }
        });
        return new RegionMatch(inside, uncertain);
    }

    /** The items within {@code metres} (geodesic) of a point, and those whose uncertainty straddles that distance. */
    public RegionMatch withinMetresOf(Point centre, double metres) {
        return query(DrawnRegion.circle(centre.getX(), centre.getY(), metres));
    }

    /** The derived attributes of an item, computed on first request; empty when no item has that id. */
    public Optional<ItemAttributes> attributes(String id) {
        int k = positionOf(id);
        if (k < 0) {
            return Optional.empty();
        }
        LocatedItem item = items[k];
        return Optional.of(derived.computeIfAbsent(id, key -> derive.apply(item)));
    }

    /** Whether the index holds this item as it is: the same id at the same point with the same uncertainty. */
    public boolean holds(String id, Point point, double uncertaintyMetres) {
        int k = positionOf(id);
        return k >= 0 && lon[k] == point.getX() && lat[k] == point.getY() && uncertainty[k] == uncertaintyMetres;
    }

    private int positionOf(String id) {
        int hash = id.hashCode();
        int k = Arrays.binarySearch(idLookup, (long) hash << 32);
        for (k = k < 0 ? -k - 1 : k; k < idLookup.length && hash(idLookup[k]) == hash; k++) {
            if (items[position(idLookup[k])].id().equals(id)) {
                return position(idLookup[k]);
            }
        }
        return -1;
    }

    private static int hash(long lookup) {
        return (int) (lookup >> 32);
    }

    private static int position(long lookup) {
        return (int) lookup;
    }

    /** The same answer as {@link #query}, by testing every item: the reference the index is checked against. */
    RegionMatch scan(DrawnRegion region) {
        List<String> inside = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        collect(region.membership()::answer, 0, items.length, inside, uncertain);
        return new RegionMatch(inside, uncertain);
    }

    private void collect(RegionMembership.PointTest test, int from, int to, List<String> inside, List<String> uncertain) {
        for (int k = from; k < to; k++) {
            switch (test.answer(lon[k], lat[k], uncertainty[k])) {
                case INSIDE -> inside.add(items[k].id());
                case UNCERTAIN -> uncertain.add(items[k].id());
                case OUTSIDE -> { }
            }
        }
    }

    /**
     * The Sort-Tile-Recursive order of the items: sorted by longitude into vertical slices of whole buckets, each
     * slice sorted by latitude. Sorts packed primitive keys (quantised coordinate, index) instead of objects.
     */
    private static int[] sortTileRecursive(LocatedItem[] given) {
        int n = given.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = quantised(given[i].point().getX() + 180, 360) << 24 | i;
        }
        Arrays.sort(keys);
        int bucketCount = (n + BUCKET_SIZE - 1) / BUCKET_SIZE;
        int slices = Math.max(1, (int) Math.ceil(Math.sqrt(bucketCount)));
        int sliceSize = ((bucketCount + slices - 1) / slices) * BUCKET_SIZE;
        int[] order = new int[n];
        for (int from = 0; from < n; from += sliceSize) {
            int to = Math.min(n, from + sliceSize);
            for (int k = from; k < to; k++) {
                int i = (int) (keys[k] & 0xFFFFFF);
                keys[k] = quantised(given[i].point().getY() + 90, 180) << 24 | i;
            }
            Arrays.sort(keys, from, to);
            for (int k = from; k < to; k++) {
                order[k] = (int) (keys[k] & 0xFFFFFF);
            }
        }
        return order;
    }

    /** A value in [0, range] as a 39-bit integer, so that it shifted by 24 bits stays positive. */
    private static long quantised(double value, double range) {
        return (long) (Math.max(0, Math.min(range, value)) / range * ((1L << 39) - 1));
    }
}
