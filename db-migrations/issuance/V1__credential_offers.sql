-- Credential offers (OID4VCI 1.0 §4.1): what an operator offered to whom, until when.
CREATE TABLE credential_offer (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    subject     VARCHAR(255) NOT NULL,
    state       VARCHAR(16)  NOT NULL CHECK (state IN ('offered', 'redeemed', 'expired')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE credential_offer_configuration (
    offer_id                    VARCHAR(64)  NOT NULL REFERENCES credential_offer (id) ON DELETE CASCADE,
    credential_configuration_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (offer_id, credential_configuration_id)
);

CREATE INDEX credential_offer_created ON credential_offer (created_at);
