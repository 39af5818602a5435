-- What the analysis derives for each incident (bank and its certainty, km to the Euphrates, nearest site and its
-- km), kept so that a start-up finds every attribute known. A row holds the place and uncertainty radius it was
-- derived from and a fingerprint of the reference data (river, area, sites); a row whose place, radius or
-- fingerprint no longer matches is derived again. version is the incident's version when the row was written
-- after a committed change (0 when derived at start-up). Rows are written after commits, outside their
-- transactions, with idempotent upserts, so several instances may write the same row.
CREATE TABLE incident_attributes (
    incident_id TEXT NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL,
    longitude REAL NOT NULL,
    latitude REAL NOT NULL,
    uncertainty_m REAL NOT NULL,
    reference TEXT NOT NULL,            -- SHA-256 of the reference data, hex
    bank TEXT NOT NULL,                 -- EAST, WEST, OUTSIDE_AREA
    bank_certain INTEGER NOT NULL,      -- 1 when the whole uncertainty circle is on that bank
    river_km REAL NOT NULL,
    nearest_site TEXT,                  -- null when there are no sites
    nearest_site_km REAL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('incident_attributes', 'attributes', 'incident_attributes',
     'What the analysis derived for each incident: bank, certainty, km to the river, nearest site');
