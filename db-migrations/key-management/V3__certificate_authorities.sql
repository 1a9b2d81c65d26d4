-- The deployment's certificate authorities, and which certificate each managed key gets.

-- root certifies issuing, which certifies the keys' leaves; iaca certifies mdoc document signers.
-- Their private keys are wrapped under the master key, as software keys are.
CREATE TABLE certificate_authority (
    name               VARCHAR(40)    NOT NULL PRIMARY KEY,
    certificate_chain  VARCHAR(20000) NOT NULL,
    wrapped_key        VARCHAR(2000)  NOT NULL,
    master_key_id      VARCHAR(64)    NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE managed_key ADD COLUMN certificate_profile VARCHAR(32) DEFAULT 'none' NOT NULL;
