/**
 * The spatial analysis of the atlas, in metres on the WGS84 ellipsoid: which bank of the Euphrates a location is
 * on (EAST, WEST, UNCERTAIN when its uncertainty circle reaches the river, or OUTSIDE_AREA), geodesic distances
 * from points to lines by GeographicLib, regions drawn on the Web Mercator map (polygon, rectangle, geodesic circle,
 * line buffer) answered INSIDE / OUTSIDE / UNCERTAIN, and an STRtree index of located items whose region queries
 * give exactly the answers of testing each item. {@link org.deconfliction.atlas.analysis.SpatialAnalysis} is the
 * Spring entry point; everything else is plain Java.
 */
package org.deconfliction.atlas.analysis;
