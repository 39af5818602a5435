/**
 * The import screen ({@code /import}, editors and admins): upload a file, preview its rows on a map and in grids with
 * the column mapping and the rejected rows explained, commit all-or-nothing or the valid rows only, and the list of
 * past imports with their undo.
 */
package org.deconfliction.atlas.ingest.ui;
