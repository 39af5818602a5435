/**
 * The persistent incident store: incidents and sites kept in one transactional database, an embedded GeoPackage
 * file by default ({@code atlas.store=embedded}, {@code ${atlas.data.folder}/atlas.gpkg}) or PostgreSQL with PostGIS
 * ({@code atlas.store=postgis}). The same JDBC code serves both; what differs between them (geometry encoding,
 * value types, change notification) sits behind {@link org.deconfliction.atlas.store.StoreDialect}. The schema is
 * migrated by Flyway from {@code db/migration/<dialect>}; an empty store is seeded once from the shipped geodata.
 * Reads go through the feature repositories ({@code IncidentRepository}, {@code SiteRepository}); writes through
 * {@link org.deconfliction.atlas.store.IncidentStore} and {@link org.deconfliction.atlas.store.SiteStore}, which keep
 * every version with who, when and why, refuse stale writes, and announce each committed change with a
 * {@link org.deconfliction.atlas.store.StoreChangedEvent}.
 *
 * <p>A second database joins with: its migrations in {@code db/migration/<vendor>} mirroring the tables of
 * {@code db/migration/sqlite/V1__incident_store.sql} (same table and column names; its own types), a
 * {@code StoreDialect} bean and the {@code DataSource} under {@code atlas.store=<its name>} (the embedded store's
 * beans are conditional on {@code atlas.store=embedded}), changes of other instances handed to
 * {@link org.deconfliction.atlas.store.StoreChanges#changedElsewhere}, and a subclass of the test suite's
 * {@code IncidentStoreContract} that points {@code spring.datasource.*} at a real server.
 */
package org.deconfliction.atlas.store;
