-- The incident store as an OGC GeoPackage 1.3: GDAL and QGIS open atlas.gpkg directly and see two point layers,
-- incidents and sites. Column types are those GeoPackage allows (TEXT, INTEGER, REAL, BOOLEAN, DATE, DATETIME,
-- POINT). Lists and nested values (actors, sources, disagreements, held periods) are JSON text; every scalar has
-- its own typed column. The PostgreSQL schema (db/migration/postgresql) mirrors these tables and columns with
-- PostGIS types: geometry(Point, 4326), date, timestamptz, boolean, jsonb.

PRAGMA application_id = 1196444487; -- 'GPKG'
PRAGMA user_version = 10300;        -- GeoPackage 1.3.0

CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
);

INSERT INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
    ('WGS 84 geodetic', 4326, 'EPSG', 4326,
     'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
     'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    min_x DOUBLE,
    min_y DOUBLE,
    max_x DOUBLE,
    max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents (table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

-- Sites: the current version of every site (deleted = 1 is kept for the history and left out of every read).
CREATE TABLE sites (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    alternate_names TEXT NOT NULL,      -- JSON array of strings
    kind TEXT NOT NULL,                 -- SiteKind code
    description TEXT,
    location_precision TEXT NOT NULL,   -- LocationPrecision code
    uncertainty_metres REAL NOT NULL,
    held TEXT NOT NULL,                 -- JSON array of {by, from, to, note}
    country TEXT,
    sources TEXT NOT NULL,              -- JSON array of {title, publisher, seed}
    changed_at DATETIME NOT NULL,
    changed_by TEXT NOT NULL
);

-- Incidents: the current version of every incident; a deleted one keeps its row with deleted = 1 and is left out
-- of every read until it is restored.
CREATE TABLE incidents (
    fid INTEGER PRIMARY KEY AUTOINCREMENT,
    geom POINT NOT NULL,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    summary TEXT,
    category TEXT NOT NULL,             -- IncidentCategory code
    opponent TEXT NOT NULL,             -- Opponent code
    actors_side_a TEXT NOT NULL,        -- JSON array of strings
    actors_side_b TEXT NOT NULL,        -- JSON array of strings
    side_a_reported BOOLEAN NOT NULL,   -- whether the sources give side A's casualties at all
    side_a_killed_min INTEGER,
    side_a_killed_max INTEGER,
    side_a_wounded_min INTEGER,
    side_a_wounded_max INTEGER,
    side_b_reported BOOLEAN NOT NULL,
    side_b_killed_min INTEGER,
    side_b_killed_max INTEGER,
    side_b_wounded_min INTEGER,
    side_b_wounded_max INTEGER,
    civilians_reported BOOLEAN NOT NULL,
    civilians_killed_min INTEGER,
    civilians_killed_max INTEGER,
    civilians_wounded_min INTEGER,
    civilians_wounded_max INTEGER,
    casualties_note TEXT,
    place TEXT,
    site_id TEXT,
    location_precision TEXT NOT NULL,   -- LocationPrecision code
    uncertainty_metres REAL NOT NULL,
    date_precision TEXT NOT NULL,       -- DatePrecision code
    date_start DATE NOT NULL,
    date_end DATE NOT NULL,
    date_note TEXT,
    time_of_day TEXT,                   -- HH:MM local time
    country TEXT,
    sources TEXT NOT NULL,              -- JSON array of {title, publisher, seed}
    disagreements TEXT NOT NULL,        -- JSON array of strings
    changed_at DATETIME NOT NULL,
    changed_by TEXT NOT NULL
);

CREATE INDEX incidents_date ON incidents (date_start, id);

-- Every version of every incident and site ever stored, never updated or deleted: who, when, what kind of change,
-- the comment, and the full values as a GeoJSON Feature in the format of incidents.geojson / sites.geojson.
CREATE TABLE incident_versions (
    incident_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    change TEXT NOT NULL,               -- created, updated, deleted, restored
    changed_at DATETIME NOT NULL,
    changed_by TEXT NOT NULL,
    comment TEXT,
    restored_from INTEGER,              -- for a restore: the version whose values were brought back
    feature TEXT NOT NULL,
    PRIMARY KEY (incident_id, version)
);

CREATE TABLE site_versions (
    site_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    change TEXT NOT NULL,
    changed_at DATETIME NOT NULL,
    changed_by TEXT NOT NULL,
    comment TEXT,
    restored_from INTEGER,
    feature TEXT NOT NULL,
    PRIMARY KEY (site_id, version)
);

-- Facts about the store itself, e.g. when it was seeded from the shipped geodata.
CREATE TABLE atlas_store (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES
    ('sites', 'features', 'sites', 'Named places: bases, oil and gas fields, towns, airbases, border crossings', 35, 32, 44.5, 37.5, 4326),
    ('incidents', 'features', 'incidents', 'Armed incidents and troop movements, current versions (deleted = 1: deleted, kept for history)', 35, 32, 44.5, 37.5, 4326);

-- The histories as attribute tables: GIS clients list them, and (since an attribute table is registered) no
-- longer list the tables that are not registered, such as Flyway's schema history.
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('incident_versions', 'attributes', 'incident_versions', 'Every version of every incident: who, when, what kind of change, comment, full values'),
    ('site_versions', 'attributes', 'site_versions', 'Every version of every site');

INSERT INTO gpkg_geometry_columns VALUES
    ('sites', 'geom', 'POINT', 4326, 0, 0),
    ('incidents', 'geom', 'POINT', 4326, 0, 0);
