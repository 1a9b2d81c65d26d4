-- Presentation transactions: one relying-party request and the wallet's answer to it.
CREATE TABLE presentation_transaction (
    id          VARCHAR(64) NOT NULL PRIMARY KEY,
    request_id  VARCHAR(64) NOT NULL UNIQUE,
    state       VARCHAR(16) NOT NULL CHECK (state IN ('pending', 'verified', 'failed', 'expired')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
