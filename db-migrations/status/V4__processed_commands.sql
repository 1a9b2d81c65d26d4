-- Status commands that arrived as events (queue sigillum.status.commands), one row per event id,
-- written in the transaction that applies the command: a redelivered event finds its row and
-- changes nothing (delivery is at least once).
CREATE TABLE processed_command (
    event_id      VARCHAR(36) NOT NULL PRIMARY KEY,
    outcome       VARCHAR(16) NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
