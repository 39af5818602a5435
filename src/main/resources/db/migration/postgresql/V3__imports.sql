-- Imports of outside files (ACLED, CSV, GeoJSON, GeoPackage) on PostgreSQL: the tables of the embedded store's
-- db/migration/sqlite/V3__imports.sql with PostgreSQL's types. One row per committed import, the incidents it
-- created or updated (with the versions before and after, so an undo goes through the history), and the rows it
-- rejected with the reason. Instants are ISO-8601 UTC text, as in the embedded store and atlas_user.

CREATE TABLE imports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name text NOT NULL,
    format text NOT NULL,               -- acled, csv, geojson, gpkg
    checksum text NOT NULL,             -- SHA-256 of the file's bytes, hex
    mode text NOT NULL,                 -- all-or-nothing, valid-only
    imported_by text NOT NULL,
    imported_at text NOT NULL,
    rows_read bigint NOT NULL,
    rejected bigint NOT NULL,
    created bigint NOT NULL,
    updated bigint NOT NULL,
    unchanged bigint NOT NULL,
    undone_at text,
    undone_by text
);

CREATE TABLE import_incidents (
    import_id bigint NOT NULL REFERENCES imports (id),
    incident_id text NOT NULL,
    external_id text NOT NULL,
    change text NOT NULL,               -- created, updated
    version bigint NOT NULL,            -- the incident's version this import wrote
    previous_version bigint,            -- for an update: the version it replaced
    PRIMARY KEY (import_id, incident_id)
);

CREATE INDEX import_incidents_incident ON import_incidents (incident_id);

CREATE TABLE import_rejects (
    import_id bigint NOT NULL REFERENCES imports (id),
    line bigint NOT NULL,
    column_name text,
    value text,
    reason text NOT NULL
);

CREATE INDEX import_rejects_import ON import_rejects (import_id, line);
