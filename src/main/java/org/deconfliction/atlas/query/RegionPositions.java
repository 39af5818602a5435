package org.deconfliction.atlas.query;

import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.RegionAnswerSink;
import org.deconfliction.atlas.analysis.SpatialAnswer;

/**
 * A region's answers among the incidents' columns as two sets of bits, one per position (those inside, those on the
 * edge), filled from one generation of the index item by item: a packed item is found at its column position through
 * a table made once per packing and list. No filter is applied while marking, so the same marks answer the region
 * under any filter ({@link #keys}): the question panel's question, the timeline's question without its dates and every
 * step of the timeline ask the index once. Reading the bits in order gives the answers in the repository's order with
 * no sort, whatever their number. About 2 bits per incident; immutable once made.
 */
final class RegionPositions implements RegionAnswerSink {

    private final IncidentColumns columns;
    /** The column position of each packed position of the index; -1 for an id the columns do not hold. */
    private final int[] columnOf;
    private final LocatedItemIndex index;
    private final DrawnRegion region;
    private final long[] inside;
    private final long[] edge;

    private RegionPositions(IncidentColumns columns, int[] columnOf, IndexedRegion asked) {
        this.columns = columns;
        this.columnOf = columnOf;
        this.index = asked.index();
        this.region = asked.region();
        int words = (columns.size() + 63) >>> 6;
        this.inside = new long[words];
        this.edge = new long[words];
    }

    /** The region's answers among these columns, asked of the region's index (every incident, no filter). */
    static RegionPositions of(IncidentColumns columns, int[] columnOf, IndexedRegion asked) {
        RegionPositions positions = new RegionPositions(columns, columnOf, asked);
        asked.answer(positions);
        return positions;
    }

    /**
     * Whether these marks answer this region over this index generation: the same index and a region drawn the
     * same (same kind, same geometry as drawn, same metres), so that a circle around a site asked again, a new
     * object for the same circle, finds them too.
     */
    boolean answers(IndexedRegion asked) {
        DrawnRegion other = asked.region();
        return asked.index() == index && (other == region || (other.kind() == region.kind()
                && other.metres() == region.metres() && other.drawn().equalsExact(region.drawn())));
    }

    /** Whether these marks were made over this index generation. */
    boolean over(LocatedItemIndex generation) {
        return generation == index;
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
        if (k < 0) {
            return;
        }
        long bit = 1L << k;
        if (answer == SpatialAnswer.INSIDE) {
            inside[k >>> 6] |= bit;
        } else {
            edge[k >>> 6] |= bit;
        }
    }

    /**
     * The answers that pass the filter as keys (position × 4 + answer ordinal) in the repository's order; none when
     * the region holds none.
     */
    ColumnAnswers.Keys keys(IncidentColumns.Test passes) {
        int marked = 0;
        for (int w = 0; w < inside.length; w++) {
            marked += Long.bitCount(inside[w] | edge[w]);
        }
        long[] keys = new long[marked];
        int count = 0;
        for (int w = 0; w < inside.length; w++) {
            if ((w & 0x3FFF) == 0) {
                AnalysisBudget.checkNotStopped();
            }
            long bits = inside[w] | edge[w];
            while (bits != 0) {
                int b = Long.numberOfTrailingZeros(bits);
                int k = (w << 6) + b;
                if (passes.passes(k)) {
                    SpatialAnswer answer = (edge[w] >>> b & 1) != 0 ? SpatialAnswer.UNCERTAIN : SpatialAnswer.INSIDE;
                    keys[count++] = ColumnAnswers.key(k, answer);
                }
                bits &= bits - 1;
            }
        }
        return new ColumnAnswers.Keys(columns, keys, count);
    }
}
