-- Trusted issuers. Rows are never deleted: a withdrawn issuer stays, as withdrawn.
CREATE TABLE trusted_issuer (
    id          VARCHAR(512) NOT NULL PRIMARY KEY,
    legal_name  VARCHAR(255) NOT NULL,
    country     CHAR(2)      NOT NULL,
    state       VARCHAR(16)  NOT NULL CHECK (state IN ('active', 'suspended', 'withdrawn')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
