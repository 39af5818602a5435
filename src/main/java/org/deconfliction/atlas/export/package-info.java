/**
 * Files for GIS tools and other conflict-data workflows, written from a question's answer: a GeoPackage holding the
 * answering incidents as a point layer with real date columns (and each incident's atlas form, so the atlas's
 * GeoPackage import reads it back identically), the sites, the river, the deconfliction line and the zones as
 * layers, and the question itself as an attribute table, written with SQLite itself in the GeoPackage 1.3 layout
 * the embedded store uses; and a CSV file with the ACLED export tool's columns.
 */
package org.deconfliction.atlas.export;
