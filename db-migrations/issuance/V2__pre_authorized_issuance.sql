-- The pre-authorized code flow (OID4VCI 1.0 §3.5) with DPoP-bound tokens (RFC 9449), its
-- nonces, what was issued, and the outbox its revocation events leave through. Secrets the
-- wallet shows again (codes, tokens) are kept only as SHA-256 digests, base64url.

-- The authentic source kept here (the database connector): a person's attributes as a JSON object
-- in the shape credentials carry them. pending: known, but not ready to issue (deferred issuance).
CREATE TABLE person (
    subject     VARCHAR(255) NOT NULL PRIMARY KEY,
    attributes  TEXT         NOT NULL,
    pending     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The grant an offer carries. offer_json: the Credential Offer served at its credential_offer_uri
-- (offers by reference only), dropped once the code is redeemed or dies.
ALTER TABLE credential_offer ADD COLUMN pre_authorized_code_hash VARCHAR(64);
ALTER TABLE credential_offer ADD COLUMN tx_code_hash VARCHAR(64);
ALTER TABLE credential_offer ADD COLUMN tx_code_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE credential_offer ADD COLUMN by_reference BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE credential_offer ADD COLUMN offer_json TEXT;
CREATE UNIQUE INDEX credential_offer_code ON credential_offer (pre_authorized_code_hash);

-- Access tokens, bound to the DPoP key (cnf.jkt) that asked for them.
CREATE TABLE access_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    offer_id    VARCHAR(64) NOT NULL REFERENCES credential_offer (id),
    dpop_jkt    VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_token_expiry ON access_token (expires_at);

-- Each configuration an offer named is served once per access token.
CREATE TABLE token_configuration_use (
    token_hash                  VARCHAR(64)  NOT NULL REFERENCES access_token (token_hash) ON DELETE CASCADE,
    credential_configuration_id VARCHAR(255) NOT NULL,
    used_at                     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (token_hash, credential_configuration_id)
);

-- c_nonce values (OID4VCI 1.0 §7), single-use.
CREATE TABLE c_nonce (
    nonce       VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Server-provided DPoP nonces (RFC 9449 §8): any current one is accepted, by any replica.
CREATE TABLE dpop_nonce (
    nonce       VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- DPoP proofs seen (RFC 9449 §11.1): one row per key and jti digest, until the proof is too old anyway.
CREATE TABLE dpop_proof_seen (
    jkt         VARCHAR(64) NOT NULL,
    jti_hash    VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (jkt, jti_hash)
);

-- What was issued, never the claims: enough to find, revoke or suspend a credential.
CREATE TABLE issued_credential (
    id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
    offer_id                    VARCHAR(64)   NOT NULL REFERENCES credential_offer (id),
    subject                     VARCHAR(255)  NOT NULL,
    credential_configuration_id VARCHAR(255)  NOT NULL,
    holder_jkt                  VARCHAR(64)   NOT NULL,
    status_list_id              VARCHAR(64)   NOT NULL,
    status_list_uri             VARCHAR(2048) NOT NULL,
    status_idx                  INTEGER       NOT NULL,
    status                      VARCHAR(16)   NOT NULL CHECK (status IN ('valid', 'invalid', 'suspended')),
    notification_id             VARCHAR(64)   NOT NULL,
    issued_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX issued_credential_subject ON issued_credential (subject);
CREATE INDEX issued_credential_notification ON issued_credential (notification_id);

-- Credential requests the authentic source could not serve yet (OID4VCI 1.0 §9).
-- holder_keys: the proofs' public keys (a JSON array of JWKs), in request order.
CREATE TABLE deferred_issuance (
    transaction_id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    token_hash                  VARCHAR(64)  NOT NULL,
    offer_id                    VARCHAR(64)  NOT NULL REFERENCES credential_offer (id),
    credential_configuration_id VARCHAR(255) NOT NULL,
    holder_keys                 TEXT         NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Notification events wallets sent (OID4VCI 1.0 §11).
CREATE TABLE credential_notification (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    notification_id   VARCHAR(64)   NOT NULL,
    event             VARCHAR(32)   NOT NULL,
    event_description VARCHAR(1024),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The transactional outbox (modules/events OutboxSchema.DDL): status changes for the status service.
CREATE TABLE event_outbox (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    destination       VARCHAR(200)             NOT NULL,
    destination_topic BOOLEAN                  NOT NULL,
    envelope          TEXT                     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_outbox_created ON event_outbox (created_at, id);
