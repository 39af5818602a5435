package org.deconfliction.atlas.analysis;

/**
 * The ids of an index's packed items by position (0 to size − 1): the positions a region query reports to a
 * {@link RegionAnswerSink}. One packing serves many generations of an index, so the same object comes back until
 * the items are packed anew; a caller may keep what it derives from the positions for as long as it does.
 */
public interface PackedIds {

    /** How many positions there are, including those of items later edits removed. */
    int size();

    /** The id of the item packed at this position. */
    String id(int position);
}
