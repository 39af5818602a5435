package org.deconfliction.atlas.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Located items packed once in Sort-Tile-Recursive order into buckets of {@value #BUCKET_SIZE}, whose boxes go into
 * a JTS STRtree, with a lookup by id and a slot per item for its derived attributes, filled on first request. Never
 * changes after construction except for those slots; {@link LocatedItemIndex} masks the positions that later edits
 * removed, so one packing serves many generations of the index.
 */
final class PackedItems implements PackedIds {

    static final int BUCKET_SIZE = 64;
    private static final int MAX_ITEMS = 1 << 24;

    private record Bucket(int from, int to, Envelope box, double maxUncertainty) {
    }

    final LocatedItem[] items;
    final double[] lon;
    final double[] lat;
    final double[] uncertainty;
    /** Each item's derived attributes once computed (null before), shared by every index over this packing. */
    final AtomicReferenceArray<ItemAttributes> derived;
    /** Each item's id hash in the high 32 bits and its position in the low 32, sorted: the lookup by id. */
    private final long[] idLookup;
    private final STRtree buckets = new STRtree();
    final double maxUncertainty;

    /**
     * Packs the items; {@code known} gives attributes already derived for an item (null when none are).
     *
     * @throws IllegalArgumentException if two items share an id or there are more than 2^24 items
     */
    PackedItems(List<LocatedItem> given, Function<LocatedItem, ItemAttributes> known) {
        int n = given.size();
        if (n > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " items can be indexed, got " + n);
        }
        int[] order = sortTileRecursive(given);
        items = new LocatedItem[n];
        lon = new double[n];
        lat = new double[n];
        uncertainty = new double[n];
        derived = new AtomicReferenceArray<>(n);
        double largest = 0;
        for (int k = 0; k < n; k++) {
            LocatedItem item = given.get(order[k]);
            items[k] = item;
            lon[k] = item.point().getX();
            lat[k] = item.point().getY();
            uncertainty[k] = item.uncertaintyMetres();
            largest = Math.max(largest, uncertainty[k]);
            derived.setPlain(k, known.apply(item));
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

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public String id(int position) {
        return items[position].id();
    }

    /** Receives an answer for the item at a packed position. */
    @FunctionalInterface
    interface PositionSink {
        void answer(int position, SpatialAnswer answer);
    }

    /** The position of the item with this id, or -1. */
    int positionOf(String id) {
        int hash = id.hashCode();
        int k = Arrays.binarySearch(idLookup, (long) hash << 32);
        for (k = k < 0 ? -k - 1 : k; k < idLookup.length && hash(idLookup[k]) == hash; k++) {
            if (items[position(idLookup[k])].id().equals(id)) {
                return position(idLookup[k]);
            }
        }
        return -1;
    }

    /** Reports the items not in {@code removed} that the region holds or may hold, by position. */
    void query(RegionMembership membership, BitSet removed, PositionSink sink) {
        buckets.query(EllipsoidScale.expand(membership.reach(), maxUncertainty), found -> {
            Bucket bucket = (Bucket) found;
            RegionMembership.BoxAnswer answer = membership.box(bucket.box(), bucket.maxUncertainty());
            switch (answer.coverage()) {
                case ALL_INSIDE -> {
                    for (int k = bucket.from(); k < bucket.to(); k++) {
                        if (!removed.get(k)) {
                            sink.answer(k, SpatialAnswer.INSIDE);
                        }
                    }
                }
                case ALL_OUTSIDE -> { }
                case MIXED -> collect(answer.test(), bucket.from(), bucket.to(), removed, sink);
            }
        });
    }

    /** Reports the answers of every item in [from, to) not in {@code removed}, tested one by one. */
    void collect(RegionMembership.PointTest test, int from, int to, BitSet removed, PositionSink sink) {
        for (int k = from; k < to; k++) {
            if (removed.get(k)) {
                continue;
            }
            SpatialAnswer answer = test.answer(lon[k], lat[k], uncertainty[k]);
            if (answer != SpatialAnswer.OUTSIDE) {
                sink.answer(k, answer);
            }
        }
    }

    private static int hash(long lookup) {
        return (int) (lookup >> 32);
    }

    private static int position(long lookup) {
        return (int) lookup;
    }

    /**
     * The Sort-Tile-Recursive order of the items: sorted by longitude into vertical slices of whole buckets, each
     * slice sorted by latitude. Sorts packed primitive keys (quantised coordinate, index) instead of objects.
     */
    private static int[] sortTileRecursive(List<LocatedItem> given) {
        int n = given.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = quantised(given.get(i).point().getX() + 180, 360) << 24 | i;
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
                keys[k] = quantised(given.get(i).point().getY() + 90, 180) << 24 | i;
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
