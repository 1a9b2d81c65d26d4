-- The registry's trust state and its history (issue 6 §1, §2, §5). Nothing here is ever deleted:
-- a removed anchor keeps its row with removed_at, a revoked authorization with revoked_at, a
-- withdrawn issuer stays as withdrawn, and the change log only grows. Every change moves the
-- single registry_version row to its next version, under that row's lock, so versions are gapless
-- and a change, its log entry and its trust.changed event commit together.

-- Issuers get a validity window ([not_before, not_after), either end open) and the registry
-- version of their last change. The trust model allows legal names of 1024 characters.
ALTER TABLE trusted_issuer ALTER COLUMN legal_name SET DATA TYPE VARCHAR(1024);
ALTER TABLE trusted_issuer ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;
ALTER TABLE trusted_issuer ADD COLUMN not_after TIMESTAMP WITH TIME ZONE;
ALTER TABLE trusted_issuer ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE trusted_issuer ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE trusted_issuer ADD CONSTRAINT trusted_issuer_window
    CHECK (not_before IS NULL OR not_after IS NULL OR not_before < not_after);

-- Trust anchors: an X.509 certificate of a kind (material: standard base64 of its DER) or a
-- public JWK (material: its RFC 7638 members as JSON). fingerprint: hex SHA-256 of the DER, or of
-- the key's SubjectPublicKeyInfo. Identifiers are never reused, removed anchors included.
CREATE TABLE trust_anchor (
    id              VARCHAR(256) NOT NULL PRIMARY KEY,
    issuer_id       VARCHAR(512) NOT NULL REFERENCES trusted_issuer (id),
    anchor_type     VARCHAR(8)   NOT NULL CHECK (anchor_type IN ('x509', 'jwk')),
    kind            VARCHAR(16)  CHECK (kind IN ('root', 'intermediate', 'iaca', 'leaf')),
    material        TEXT         NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    added_version   BIGINT       NOT NULL,
    removed_at      TIMESTAMP WITH TIME ZONE,
    removed_version BIGINT,
    CONSTRAINT trust_anchor_kind CHECK ((anchor_type = 'x509' AND kind IS NOT NULL) OR (anchor_type = 'jwk' AND kind IS NULL)),
    CONSTRAINT trust_anchor_removal CHECK ((removed_at IS NULL) = (removed_version IS NULL))
);
CREATE INDEX trust_anchor_issuer ON trust_anchor (issuer_id);

-- What each issuer may issue: an SD-JWT VC vct (format sd-jwt-vc) or an mdoc doctype (format mdoc).
CREATE TABLE issuer_authorization (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    issuer_id       VARCHAR(512)  NOT NULL REFERENCES trusted_issuer (id),
    format          VARCHAR(16)   NOT NULL CHECK (format IN ('sd-jwt-vc', 'mdoc')),
    credential_type VARCHAR(2048) NOT NULL,
    not_before      TIMESTAMP WITH TIME ZONE,
    not_after       TIMESTAMP WITH TIME ZONE,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_version BIGINT        NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_version BIGINT,
    CONSTRAINT issuer_authorization_window CHECK (not_before IS NULL OR not_after IS NULL OR not_before < not_after),
    CONSTRAINT issuer_authorization_revocation CHECK ((revoked_at IS NULL) = (revoked_version IS NULL))
);
CREATE INDEX issuer_authorization_issuer ON issuer_authorization (issuer_id);

-- The registry's version: one row, locked by every change. changed_at is the time of the change
-- that made the version: the snapshot's generatedAt, the same on every replica.
CREATE TABLE registry_version (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version    BIGINT  NOT NULL CHECK (version >= 0),
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO registry_version (id, version, changed_at) VALUES (1, 0, CURRENT_TIMESTAMP);

-- The change log, one entry per version: who (the caller's token sub), when, what (the operation,
-- the issuer, the anchor or authorization, and a JSON summary of the result) and why.
CREATE TABLE registry_change (
    version     BIGINT        NOT NULL PRIMARY KEY,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(255)  NOT NULL,
    operation   VARCHAR(32)   NOT NULL,
    issuer_id   VARCHAR(512)  NOT NULL,
    entity_id   VARCHAR(256),
    summary     TEXT          NOT NULL,
    reason      VARCHAR(1024) NOT NULL
);
CREATE INDEX registry_change_issuer ON registry_change (issuer_id, version);

-- The transactional outbox (modules/events OutboxSchema.DDL): trust.changed for the topic.
CREATE TABLE event_outbox (
    id                VARCHAR(36)              NOT NULL PRIMARY KEY,
    destination       VARCHAR(200)             NOT NULL,
    destination_topic BOOLEAN                  NOT NULL,
    envelope          TEXT                     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX event_outbox_created ON event_outbox (created_at, id);
