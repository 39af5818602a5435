package org.deconfliction.atlas.analysis;

/**
 * Which bank of the Euphrates a location is on. EAST is the left bank facing downstream (the Jazira, north-east),
 * WEST the right bank (the Shamiyah); UNCERTAIN when the river passes closer to the plotted point than its
 * uncertainty radius; OUTSIDE_AREA when the point lies outside the area of interest, where no bank is defined.
 */
public enum BankSide {
    EAST, WEST, UNCERTAIN, OUTSIDE_AREA
}
