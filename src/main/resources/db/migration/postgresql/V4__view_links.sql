-- Short links of the main view on PostgreSQL: the table of the embedded store's db/migration/sqlite/V4__view_links.sql
-- with PostgreSQL's types. A view whose address would be too long for a link keeps its question here and the
-- address names it as ?link=<id>. The id is derived from the state (the same state always gives the same id), so a
-- row is written once and never changed. created_by is null for an anonymous visitor, whose links count towards a
-- total the atlas caps; length is the state's length in characters. Instants are ISO-8601 UTC text.
CREATE TABLE view_link (
    id text NOT NULL PRIMARY KEY,
    state text NOT NULL,
    length bigint NOT NULL,
    created_by text,
    created_at text NOT NULL
);

CREATE INDEX view_link_anonymous ON view_link (created_by, length);
