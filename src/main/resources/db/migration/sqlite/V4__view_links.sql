-- Short links of the main view: a view whose address would be too long for a link keeps its question here and the
-- address names it as ?link=<id>. The id is derived from the state (the same state always gives the same id), so
-- a row is written once and never changed. created_by is null for an anonymous visitor, whose links count towards
-- a total the atlas caps; length is the state's length in characters.
CREATE TABLE view_link (
    id TEXT NOT NULL PRIMARY KEY,
    state TEXT NOT NULL,
    length INTEGER NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX view_link_anonymous ON view_link (created_by, length);
