package org.deconfliction.atlas.query;

/** Stored derived attributes on the embedded GeoPackage store, in a fresh data folder under target/. */
class EmbeddedStoredAttributesTest extends StoredAttributesContract {
}
