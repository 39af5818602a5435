package org.deconfliction.atlas.query;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import org.deconfliction.atlas.incident.Incident;

/**
 * Incidents sorted once in Morton (Z-order) of their Web Mercator position, with their codes, so that any subset of
 * them comes out in the same order by marking its members instead of sorting it again: {@link #subset} costs one
 * hash probe per member and one pass over the marks. Members are found by identity: an edited incident (a new
 * object) is not a member. Beside the incidents it holds their positions and categories as columns, so that a
 * cluster is counted from arrays, not from the objects. Immutable; building it for n incidents sorts n numbers and
 * holds a table of 3–5 ints (the identity table made only when a subset is first marked by its members) and 25 bytes of
 * columns per incident.
 */
final class MortonOrder {

    /** Bits per axis of the Morton code: cells of zoom {@value MapTile#MAX_ZOOM} tiles, 4×4 per tile. */
    static final int LEVEL = MapTile.MAX_ZOOM + 2;
    private static final int INDEX_BITS = 64 - 2 * LEVEL;

    final long[] codes;
    final Incident[] incidents;
    /** Each incident's longitude, latitude (degrees) and category ordinal, in the order: read without the objects. */
    final double[] lon;
    final double[] lat;
    final byte[] category;
    /** The position in the order of each incident as given: of the i-th incident of the collection built from. */
    final int[] placeOf;
    /** The collection the order was built from, so that its positions can be read through {@link #placeOf}. */
    private final Collection<Incident> builtFrom;
    /** Open addressing by identity hash: position + 1 of the incident, 0 for a free slot; made when first needed. */
    private volatile int[] slots;

    MortonOrder(Collection<Incident> members) {
        builtFrom = members;
        Incident[] input = members.toArray(Incident[]::new);
        if (input.length > (1 << INDEX_BITS)) {
            throw new IllegalArgumentException("at most " + (1 << INDEX_BITS) + " answers, not " + input.length);
        }
        long[] packed = new long[input.length];
        for (int i = 0; i < input.length; i++) {
            packed[i] = ((code(input[i]) << INDEX_BITS) | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(packed);
        codes = new long[input.length];
        incidents = new Incident[input.length];
        lon = new double[input.length];
        lat = new double[input.length];
        category = new byte[input.length];
        placeOf = new int[input.length];
        long indexMask = (1L << INDEX_BITS) - 1;
        for (int k = 0; k < packed.length; k++) {
            long unsigned = packed[k] ^ Long.MIN_VALUE;
            codes[k] = unsigned >>> INDEX_BITS;
            int given = (int) (unsigned & indexMask);
            incidents[k] = input[given];
            placeOf[given] = k;
            lon[k] = incidents[k].location().getX();
            lat[k] = incidents[k].location().getY();
            category[k] = (byte) incidents[k].category().ordinal();
        }
    }

    /** Whether the order was built from this very collection (then {@link #placeOf} reads its positions). */
    boolean builtFrom(Collection<Incident> members) {
        return builtFrom == members;
    }

    /** The table from identity hash to position, made on first use (an order read only through {@link #placeOf} needs none). */
    private int[] slots() {
        int[] made = slots;
        if (made == null) {
            synchronized (this) {
                made = slots;
                if (made == null) {
                    made = new int[Math.max(2, Integer.highestOneBit(Math.max(1, incidents.length)) << 2)];
                    for (int k = 0; k < incidents.length; k++) {
                        int slot = firstSlot(incidents[k], made.length);
                        while (made[slot] != 0) {
                            slot = (slot + 1) & (made.length - 1);
                        }
                        made[slot] = k + 1;
                    }
                    slots = made;
                }
            }
        }
        return made;
    }

    /** How many incidents are in the order. */
    int size() {
        return incidents.length;
    }

    /**
     * The positions of these incidents in the order, as marks; null when one of them is not a member or comes twice
     * (then the subset must be ordered on its own).
     */
    BitSet subset(Collection<Incident> members) {
        BitSet marks = new BitSet(incidents.length);
        for (Incident incident : members) {
            int position = positionOf(incident);
            if (position < 0 || marks.get(position)) {
                return null;
            }
            marks.set(position);
        }
        return marks;
    }

    /** The positions of these incidents in the order, as marks (one however often it comes); null when one is not a member. */
    BitSet positions(Collection<Incident> members) {
        BitSet marks = new BitSet(incidents.length);
        for (Incident incident : members) {
            int position = positionOf(incident);
            if (position < 0) {
                return null;
            }
            marks.set(position);
        }
        return marks;
    }

    private int positionOf(Incident incident) {
        int[] slots = slots();
        int slot = firstSlot(incident, slots.length);
        while (slots[slot] != 0) {
            int position = slots[slot] - 1;
            if (incidents[position] == incident) {
                return position;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    private static int firstSlot(Incident incident, int tableLength) {
        int h = System.identityHashCode(incident) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (tableLength - 1);
    }

    private static long code(Incident incident) {
        double side = 1 << LEVEL;
        int x = (int) (MapTile.mercatorX(incident.location().getX()) * side);
        int y = (int) (MapTile.mercatorY(incident.location().getY()) * side);
        return interleave(x, y);
    }

    /** The Morton code of a square: the bits of x in the even places, those of y in the odd ones. */
    static long interleave(int x, int y) {
        return spread(x) | (spread(y) << 1);
    }

    private static long spread(int value) {
        long v = value & 0xFFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }
}
