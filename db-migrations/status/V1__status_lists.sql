-- Token Status Lists (draft-ietf-oauth-status-list §4): one row per list.
CREATE TABLE status_list (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    uri         VARCHAR(2048) NOT NULL UNIQUE,
    bits        SMALLINT      NOT NULL CHECK (bits IN (1, 2, 4, 8)),
    size        INTEGER       NOT NULL CHECK (size > 0),
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
