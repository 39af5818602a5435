/**
 * Bringing outside data in: streaming readers for ACLED CSV exports, CSV files with coordinates, GeoJSON
 * FeatureCollections (the atlas's own exports read exactly, foreign ones through the property mapping) and GeoPackage
 * point layers, that turn each row or feature into a candidate incident or a rejection naming line (or feature),
 * column, value and reason; the
 * classification of candidates against the store by external id (new, changed, unchanged); and the commit through
 * the store's versioned writes, each import recorded in its own table so it can be listed and undone as a whole.
 */
package org.deconfliction.atlas.ingest;
