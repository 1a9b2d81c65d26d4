-- Key lifecycle, private material (wrapped or in an HSM) and the audit trail.

-- The scope within a purpose: for credential-signing the issuer and credential type.
ALTER TABLE managed_key ADD COLUMN scope VARCHAR(200) DEFAULT 'default' NOT NULL;
-- Where the private key lives: 'software' (wrapped_key) or 'pkcs11' (key_ref in the token).
ALTER TABLE managed_key ADD COLUMN backend VARCHAR(16) DEFAULT 'software' NOT NULL;
-- AES-256-GCM(master key, PKCS#8 private key), base64url of IV || ciphertext || tag; erased on destruction.
ALTER TABLE managed_key ADD COLUMN wrapped_key VARCHAR(2000);
-- Which master key wrapped it (a fingerprint, never the key), so a wrong master key is named, not guessed.
ALTER TABLE managed_key ADD COLUMN master_key_id VARCHAR(64);
-- The key's label inside the HSM.
ALTER TABLE managed_key ADD COLUMN key_ref VARCHAR(200);
-- Certificate chain, leaf first, base64 DER separated by commas (as in an x5c header).
ALTER TABLE managed_key ADD COLUMN certificate_chain VARCHAR(20000);
ALTER TABLE managed_key ADD COLUMN activated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE managed_key ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
-- A retired key stays published until then, so what it signed still verifies.
ALTER TABLE managed_key ADD COLUMN verify_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE managed_key ADD COLUMN destroyed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE managed_key ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;

CREATE INDEX managed_key_slot ON managed_key (purpose, scope, state);

-- One row per purpose and scope; lifecycle changes lock it, so replicas never make two active keys.
CREATE TABLE key_slot (
    purpose     VARCHAR(40)  NOT NULL,
    scope       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (purpose, scope)
);

INSERT INTO key_slot (purpose, scope, created_at)
    SELECT DISTINCT purpose, scope, CURRENT_TIMESTAMP FROM managed_key;

-- Who did what to which key, when; never the data signed. Signing is recorded per caller, key
-- and minute with a count, so the trail keeps up with the signing rate.
CREATE SEQUENCE key_audit_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE key_audit (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    kid          VARCHAR(128),
    purpose      VARCHAR(40),
    scope        VARCHAR(200),
    operations   INTEGER      DEFAULT 1 NOT NULL,
    detail       VARCHAR(500)
);

CREATE INDEX key_audit_kid ON key_audit (kid, occurred_at);
