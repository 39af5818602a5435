package org.deconfliction.atlas.analysis;

/**
 * Where an uncertain location lies relative to a region or zone: INSIDE or OUTSIDE when the whole circle of
 * uncertainty is on that side of the boundary, UNCERTAIN when the boundary passes closer to the plotted point
 * than the uncertainty radius.
 */
public enum SpatialAnswer {
    INSIDE, OUTSIDE, UNCERTAIN
}
