/**
 * The geometry vocabulary and geodesy of the atlas: the one JTS {@code GeometryFactory} (WGS84, SRID 4326,
 * x = longitude, y = latitude), the area the atlas covers, and distances and circles computed on the WGS84
 * ellipsoid with GeographicLib rather than on a sphere or in degrees.
 */
package org.deconfliction.atlas.geodesy;
