package org.deconfliction.atlas.ingest;

/** The import contract on the embedded GeoPackage store, in a fresh data folder under target/. */
class EmbeddedImportServiceTest extends ImportServiceContract {
}
