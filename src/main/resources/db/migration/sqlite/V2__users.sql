-- User accounts: the password as Spring Security's delegating hash ({bcrypt}...), roles as comma-separated
-- lower-case labels (viewer, editor, admin), created as an ISO-8601 UTC instant.
CREATE TABLE atlas_user (
    username      TEXT    NOT NULL PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    roles         TEXT    NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created       TEXT    NOT NULL
);
