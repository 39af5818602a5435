/**
 * Bringing outside data in: streaming readers for ACLED CSV exports, CSV files with coordinates and the atlas's own
 * GeoJSON that turn each row into a candidate incident or a rejection naming line, column, value and reason; the
 * classification of candidates against the store by external id (new, changed, unchanged); and the commit through
 * the store's versioned writes, each import recorded in its own table so it can be listed and undone as a whole.
 */
package org.deconfliction.atlas.ingest;
