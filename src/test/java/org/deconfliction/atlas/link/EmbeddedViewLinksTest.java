package org.deconfliction.atlas.link;

/** The short-link contract on the embedded GeoPackage store, in a fresh data folder under target/. */
class EmbeddedViewLinksTest extends ViewLinksContract {
}
