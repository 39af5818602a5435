package org.deconfliction.atlas.analysis;

/** How a region relates to every item in a box, each item within its largest uncertainty radius. */
enum Coverage {
    /** Every item's answer is INSIDE. */
    ALL_INSIDE,
    /** Every item's answer is OUTSIDE. */
    ALL_OUTSIDE,
    /** Items must be answered one by one. */
    MIXED
}
