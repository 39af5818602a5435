package org.deconfliction.atlas.query;

import org.deconfliction.atlas.analysis.RegionAnswerSink;
import org.deconfliction.atlas.analysis.SpatialAnswer;

/**
 * A region's answers among the incidents' columns as two sets of bits, one per position (those inside, those on the
 * edge), filled from the index item by item: a packed item is found at its column position through a table made
 * once per packing and list, and must pass the filter there. Reading the bits in order gives the answers in the
 * repository's order with no sort, whatever their number. About 2 bits per incident; not shared between threads.
 */
final class RegionPositions implements RegionAnswerSink {

    private final IncidentColumns columns;
    private final IncidentColumns.Test passes;
    /** The column position of each packed position of the index; -1 for an id the columns do not hold. */
    private final int[] columnOf;
    private final long[] inside;
    private final long[] edge;

    RegionPositions(IncidentColumns columns, IncidentColumns.Test passes, int[] columnOf) {
        this.columns = columns;
        this.passes = passes;
        this.columnOf = columnOf;
        int words = (columns.size() + 63) >>> 6;
        this.inside = new long[words];
        this.edge = new long[words];
    }

    @Override
    public void packed(int position, SpatialAnswer answer) {
        mark(position < columnOf.length ? columnOf[position] : -1, answer);
    }

    @Override
    public void added(String id, SpatialAnswer answer) {
        mark(columns.positionOf(id), answer);
    }

    private void mark(int k, SpatialAnswer answer) {
        if (k < 0 || !passes.passes(k)) {
            return;
        }
        long bit = 1L << k;
        if (answer == SpatialAnswer.INSIDE) {
            inside[k >>> 6] |= bit;
        } else {
            edge[k >>> 6] |= bit;
        }
    }

    /** The answers as keys (position × 4 + answer ordinal) in the repository's order. */
    ColumnAnswers.Keys keys() {
        int count = 0;
        for (int w = 0; w < inside.length; w++) {
            count += Long.bitCount(inside[w] | edge[w]);
        }
        long[] keys = new long[count];
        int i = 0;
        for (int w = 0; w < inside.length; w++) {
            long bits = inside[w] | edge[w];
            while (bits != 0) {
                int b = Long.numberOfTrailingZeros(bits);
                SpatialAnswer answer = (edge[w] >>> b & 1) != 0 ? SpatialAnswer.UNCERTAIN : SpatialAnswer.INSIDE;
                keys[i++] = ColumnAnswers.key((w << 6) + b, answer);
                bits &= bits - 1;
            }
        }
        return new ColumnAnswers.Keys(columns, keys, count);
    }
}
