-- Allocation of entries and their statuses.

-- One status type per list: 'revocation' (1 bit) or 'revocation-suspension' (2 bits).
ALTER TABLE status_list ADD COLUMN list_type VARCHAR(32) DEFAULT 'revocation' NOT NULL;
-- A list takes entries up to its fill limit, then it is 'full'.
ALTER TABLE status_list ADD COLUMN state VARCHAR(8) DEFAULT 'open' NOT NULL;

-- One row per list type; opening a new list locks it, so replicas never open two at once.
CREATE TABLE status_list_type (
    list_type  VARCHAR(32) NOT NULL PRIMARY KEY
);
INSERT INTO status_list_type (list_type) VALUES ('revocation');
INSERT INTO status_list_type (list_type) VALUES ('revocation-suspension');

-- Allocated entries only; an index is never reused (the primary key says so across replicas).
-- status: 0 VALID, 1 INVALID, 2 SUSPENDED (draft-ietf-oauth-status-list §7.1).
-- No foreign key to status_list: checking one locks the list's row, and every allocation on every
-- replica would queue on that one row; lists are never deleted, and only this service writes here.
CREATE TABLE status_entry (
    list_id       VARCHAR(64) NOT NULL,
    idx           INTEGER     NOT NULL CHECK (idx >= 0),
    status        SMALLINT    DEFAULT 0 NOT NULL CHECK (status IN (0, 1, 2)),
    allocated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (list_id, idx)
);

CREATE INDEX status_entry_status ON status_entry (list_id, status);
