package org.deconfliction.atlas.analysis;

/**
 * Receives the answers of a region query one item at a time, instead of as lists of ids: packed items by their
 * position in the index's {@link PackedIds}, the few added or moved since the packing by id. Items wholly outside
 * are not reported; each item held is reported at most once.
 */
public interface RegionAnswerSink {

    /** The packed item at this position answers INSIDE or UNCERTAIN. */
    void packed(int position, SpatialAnswer answer);

    /** The item with this id, added or moved since the packing, answers INSIDE or UNCERTAIN. */
    void added(String id, SpatialAnswer answer);
}
