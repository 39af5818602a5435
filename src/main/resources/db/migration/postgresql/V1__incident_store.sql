-- The incident store on PostgreSQL with PostGIS: the tables and columns of the embedded GeoPackage
-- (db/migration/sqlite/V1__incident_store.sql) with PostgreSQL's types: geometry(Point, 4326) with a GiST index,
-- date, timestamptz, boolean, jsonb for lists and nested values. The GeoPackage's own tables (gpkg_*) have no
-- counterpart: PostGIS registers geometry columns itself (geometry_columns).
-- The database needs the PostGIS extension; it is created here when the user may (owner of the database on
-- PostgreSQL 13 and later, where postgis is a trusted extension, or a superuser), otherwise a superuser must run
-- CREATE EXTENSION postgis first.

CREATE EXTENSION IF NOT EXISTS postgis;

-- Sites: the current version of every site (deleted = true is kept for the history and left out of every read).
CREATE TABLE sites (
    fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    geom geometry(Point, 4326) NOT NULL,
    id text NOT NULL UNIQUE,
    version bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    name text NOT NULL,
    alternate_names jsonb NOT NULL,      -- array of strings
    kind text NOT NULL,                  -- SiteKind code
    description text,
    location_precision text NOT NULL,    -- LocationPrecision code
    uncertainty_metres double precision NOT NULL,
    held jsonb NOT NULL,                 -- array of {by, from, to, note}
    country text,
    sources jsonb NOT NULL,              -- array of {title, publisher, seed}
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL
);

CREATE INDEX sites_geom ON sites USING gist (geom);

-- Incidents: the current version of every incident; a deleted one keeps its row with deleted = true and is left
-- out of every read until it is restored.
CREATE TABLE incidents (
    fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    geom geometry(Point, 4326) NOT NULL,
    id text NOT NULL UNIQUE,
    version bigint NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    title text NOT NULL,
    summary text,
    category text NOT NULL,              -- IncidentCategory code
    opponent text NOT NULL,              -- Opponent code
    actors_side_a jsonb NOT NULL,        -- array of strings
    actors_side_b jsonb NOT NULL,        -- array of strings
    side_a_reported boolean NOT NULL,    -- whether the sources give side A's casualties at all
    side_a_killed_min integer,
    side_a_killed_max integer,
    side_a_wounded_min integer,
    side_a_wounded_max integer,
    side_b_reported boolean NOT NULL,
    side_b_killed_min integer,
    side_b_killed_max integer,
    side_b_wounded_min integer,
    side_b_wounded_max integer,
    civilians_reported boolean NOT NULL,
    civilians_killed_min integer,
    civilians_killed_max integer,
    civilians_wounded_min integer,
    civilians_wounded_max integer,
    casualties_note text,
    place text,
    site_id text,
    location_precision text NOT NULL,    -- LocationPrecision code
    uncertainty_metres double precision NOT NULL,
    date_precision text NOT NULL,        -- DatePrecision code
    date_start date NOT NULL,
    date_end date NOT NULL,
    date_note text,
    time_of_day text,                    -- HH:MM local time
    country text,
    sources jsonb NOT NULL,              -- array of {title, publisher, seed}
    disagreements jsonb NOT NULL,        -- array of strings
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL
);

CREATE INDEX incidents_date ON incidents (date_start, id);
CREATE INDEX incidents_geom ON incidents USING gist (geom);

-- Every version of every incident and site ever stored, never updated or deleted: who, when, what kind of change,
-- the comment, and the full values as a GeoJSON Feature in the format of incidents.geojson / sites.geojson.
CREATE TABLE incident_versions (
    incident_id text NOT NULL,
    version bigint NOT NULL,
    change text NOT NULL,                -- created, updated, deleted, restored
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL,
    comment text,
    restored_from bigint,                -- for a restore: the version whose values were brought back
    feature jsonb NOT NULL,
    PRIMARY KEY (incident_id, version)
);

CREATE TABLE site_versions (
    site_id text NOT NULL,
    version bigint NOT NULL,
    change text NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL,
    comment text,
    restored_from bigint,
    feature jsonb NOT NULL,
    PRIMARY KEY (site_id, version)
);

-- Facts about the store itself, e.g. when it was seeded from the shipped geodata.
CREATE TABLE atlas_store (
    name text NOT NULL PRIMARY KEY,
    value text NOT NULL
);
