-- ETSI TS 119 612 trusted lists imported into the registry (issue 6 §4). An import is one change
-- of the registry like any other: one version, one change-log entry, one trust.changed event.

-- The list held per territory, and the list of trusted lists (list_id 'lotl'): the last one
-- imported. Its sequence number is what a newer list must exceed (TS 119 612 §5.3.2). signer is
-- standard base64 of the DER certificate its signature verified with.
CREATE TABLE trusted_list (
    list_id          VARCHAR(8)    NOT NULL PRIMARY KEY,
    territory        VARCHAR(8)    NOT NULL,
    list_type        VARCHAR(512)  NOT NULL,
    sequence_number  BIGINT        NOT NULL CHECK (sequence_number >= 1),
    operator_name    VARCHAR(1024) NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    next_update      TIMESTAMP WITH TIME ZONE,
    signer           TEXT          NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by      VARCHAR(255)  NOT NULL,
    imported_version BIGINT        NOT NULL
);

-- The pointers of the list of trusted lists held (§5.3.13), one per territory: where its list is
-- published and the certificates it must be signed with (standard base64 DER, separated by a
-- space). Replaced whole by each newer list of trusted lists.
CREATE TABLE trusted_list_pointer (
    territory        VARCHAR(8)    NOT NULL PRIMARY KEY,
    location         VARCHAR(2048) NOT NULL,
    signers          TEXT          NOT NULL,
    recorded_version BIGINT        NOT NULL
);

-- Which territory's list an issuer or an anchor came from; NULL for those an administrator made.
-- An import changes only its own territory's issuers and anchors.
ALTER TABLE trusted_issuer ADD COLUMN list_territory VARCHAR(8);
ALTER TABLE trust_anchor ADD COLUMN list_territory VARCHAR(8);

-- An import may touch many issuers: its log entry names none itself, and registry_touched_issuer
-- lists every issuer it touched, so an issuer's history (GET /changes?issuer=…) still finds it.
-- (Not registry_change_issuer: in PostgreSQL an index of V2 holds that name.)
ALTER TABLE registry_change ALTER COLUMN issuer_id DROP NOT NULL;
CREATE TABLE registry_touched_issuer (
    version   BIGINT       NOT NULL,
    issuer_id VARCHAR(512) NOT NULL,
    PRIMARY KEY (version, issuer_id)
);
CREATE INDEX registry_touched_issuer_issuer ON registry_touched_issuer (issuer_id, version);
