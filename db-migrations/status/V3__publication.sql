-- Publication of status list tokens (draft-ietf-oauth-status-list §5).

-- changes: bumped by every change of an entry's status, in the change's transaction.
-- published_changes: the value of changes that the list's current token shows; -1 before the first.
-- A list whose two counts differ is due for publication; a publisher that read changes = n before
-- it read the entries stores published_changes = n, so a change made meanwhile is published next.
ALTER TABLE status_list ADD COLUMN changes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE status_list ADD COLUMN published_changes BIGINT DEFAULT -1 NOT NULL;

-- The current token of each list, signed once by whichever replica published it and served from
-- memory by every replica. version is status_list.version when it was stored.
CREATE TABLE status_list_token (
    list_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL,
    jwt         TEXT        NOT NULL,
    cwt         TEXT        NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
