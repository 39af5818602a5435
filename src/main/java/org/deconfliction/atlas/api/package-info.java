/**
 * The HTTP interface: layers as RFC 7946 GeoJSON under {@code /api/collections}, shaped after OGC API – Features
 * Part 1 (collection list, collection metadata, items with {@code numberMatched} and links) so that GIS clients
 * such as GDAL and QGIS can read them; the incidents also answer spatial questions (a bank, near a site or the river,
 * a zone, a drawn region) through the query service, and {@code /api/analysis/point} analyses one point. Errors
 * are answered with RFC 9457 problem details, never a stack trace.
 */
package org.deconfliction.atlas.api;
