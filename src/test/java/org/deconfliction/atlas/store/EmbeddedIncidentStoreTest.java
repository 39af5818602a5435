package org.deconfliction.atlas.store;

/** The incident store contract on the embedded GeoPackage store, in a fresh data folder under target/. */
class EmbeddedIncidentStoreTest extends IncidentStoreContract {
}
