-- Managed keys: metadata and the public key only; private material is added with the backends.
CREATE TABLE managed_key (
    kid         VARCHAR(128)  NOT NULL PRIMARY KEY,
    purpose     VARCHAR(40)   NOT NULL CHECK (purpose IN ('credential-signing', 'status-list-signing',
                    'access-token-signing', 'request-object-signing', 'response-encryption')),
    state       VARCHAR(16)   NOT NULL CHECK (state IN ('next', 'active', 'retired', 'destroyed')),
    algorithm   VARCHAR(16)   NOT NULL,
    public_jwk  VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX managed_key_state ON managed_key (state);
