-- What the analysis derives for each incident on PostgreSQL: the table of the embedded store's
-- db/migration/sqlite/V5__incident_attributes.sql with PostgreSQL's types. A row holds the place and uncertainty
-- radius it was derived from and a fingerprint of the reference data (river, area, sites); a row that no longer
-- matches is derived again. Written after commits with idempotent upserts, so several instances on one database
-- may write the same row.
CREATE TABLE incident_attributes (
    incident_id text NOT NULL PRIMARY KEY,
    version bigint NOT NULL,
    longitude double precision NOT NULL,
    latitude double precision NOT NULL,
    uncertainty_m double precision NOT NULL,
    reference text NOT NULL,
    bank text NOT NULL,
    bank_certain integer NOT NULL,
    river_km double precision NOT NULL,
    nearest_site text,
    nearest_site_km double precision
);
