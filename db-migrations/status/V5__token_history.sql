-- Every token each list had, for historical resolution (draft-ietf-oauth-status-list §8.4:
-- GET <list uri>?time=<unix time> answers the token that was valid then). Rows are forgotten
-- sigillum.status.history-retention after their token expired.
CREATE TABLE status_list_token_history (
    list_id     VARCHAR(64) NOT NULL,
    version     BIGINT      NOT NULL,
    jwt         TEXT        NOT NULL,
    cwt         TEXT        NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (list_id, version)
);

CREATE INDEX status_list_token_history_issued ON status_list_token_history (list_id, issued_at);
CREATE INDEX status_list_token_history_expiry ON status_list_token_history (expires_at);
