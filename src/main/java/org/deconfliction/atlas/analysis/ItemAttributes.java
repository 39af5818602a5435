package org.deconfliction.atlas.analysis;

/**
 * What the analysis derives for one item, computed once. {@code bank} is the side of the plotted point (EAST, WEST
 * or OUTSIDE_AREA); {@code bankCertain} is true when the whole uncertainty circle is on that side.
 * {@code riverDistanceKm} is the geodesic distance to the Euphrates; {@code nearestSiteId} is null and
 * {@code nearestSiteKm} NaN when there are no sites.
 */
public record ItemAttributes(String itemId, BankSide bank, boolean bankCertain, double riverDistanceKm,
        String nearestSiteId, double nearestSiteKm) {
}
