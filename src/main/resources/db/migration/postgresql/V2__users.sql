-- User accounts: the password as Spring Security's delegating hash ({bcrypt}...), roles as comma-separated
-- lower-case labels (viewer, editor, admin), created as an ISO-8601 UTC instant (text, as in the embedded store).
CREATE TABLE atlas_user (
    username      text    NOT NULL PRIMARY KEY,
    password_hash text    NOT NULL,
    roles         text    NOT NULL,
    enabled       boolean NOT NULL DEFAULT true,
    created       text    NOT NULL
);
