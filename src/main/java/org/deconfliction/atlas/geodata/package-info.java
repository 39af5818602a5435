/**
 * Loading, validating and writing geodata: RFC 7946 GeoJSON files read strictly (every problem names the file,
 * the feature and the field, and nothing is skipped), typed access to feature properties, the references to
 * source documents that every feature carries, search keys under which the spellings of one place name coincide,
 * the GeoJSON writer used by the map and the API, and CSV cells that spreadsheets never evaluate as formulas.
 */
package org.deconfliction.atlas.geodata;
