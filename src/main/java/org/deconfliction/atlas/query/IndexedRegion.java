package org.deconfliction.atlas.query;

import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.analysis.LocatedItemIndex;
import org.deconfliction.atlas.analysis.RegionAnswerSink;
import org.deconfliction.atlas.analysis.RegionMatch;

/**
 * A region (drawn, a zone, a circle around a site) to be answered from one generation of the index: as lists of
 * ids, or item by item to a sink, which counts a large answer without making the lists.
 */
record IndexedRegion(LocatedItemIndex index, DrawnRegion region) {

    /** The ids the region holds and those it may hold. */
    RegionMatch match() {
        return index.query(region);
    }

    /** The same answers as {@link #match}, reported one item at a time. */
    void answer(RegionAnswerSink sink) {
        index.query(region, sink);
    }
}
