-- Imports of outside files (ACLED, CSV, GeoJSON): one row per committed import, the incidents it created or updated
-- (with the versions before and after, so an undo goes through the history), and the rows it rejected with the
-- reason. Registered as GeoPackage attribute tables so GIS clients list them beside the histories.

CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,               -- acled, csv, geojson, gpkg
    checksum TEXT NOT NULL,             -- SHA-256 of the file's bytes, hex
    mode TEXT NOT NULL,                 -- all-or-nothing, valid-only
    imported_by TEXT NOT NULL,
    imported_at DATETIME NOT NULL,
    rows_read INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    undone_at DATETIME,
    undone_by TEXT
);

CREATE TABLE import_incidents (
    import_id INTEGER NOT NULL REFERENCES imports (id),
    incident_id TEXT NOT NULL,
    external_id TEXT NOT NULL,
    change TEXT NOT NULL,               -- created, updated
    version INTEGER NOT NULL,           -- the incident's version this import wrote
    previous_version INTEGER,           -- for an update: the version it replaced
    PRIMARY KEY (import_id, incident_id)
);

CREATE INDEX import_incidents_incident ON import_incidents (incident_id);

CREATE TABLE import_rejects (
    import_id INTEGER NOT NULL REFERENCES imports (id),
    line INTEGER NOT NULL,
    column_name TEXT,
    value TEXT,
    reason TEXT NOT NULL
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
    ('imports', 'attributes', 'imports', 'Every committed import: file, format, checksum, who, when, counts, undo'),
    ('import_incidents', 'attributes', 'import_incidents', 'The incidents each import created or updated'),
    ('import_rejects', 'attributes', 'import_rejects', 'The rows each import rejected, with line, column, value and reason');
