-- What a presentation transaction needs to run OpenID4VP 1.0 on any replica: the relying party's
-- query and choices, the request's secrets, the wallet's outcome. Columns are nullable so that
-- rows of V1 stay valid; the service writes every one it needs.
--
-- owner:              the relying party (token subject) that opened it; only it reads it.
-- dcql_query:         the DCQL query (OpenID4VP 1.0 §6) as the relying party sent it, checked.
-- nonce, oauth_state: the request object's nonce (key binding, §14.1) and state (§5.2), random.
-- client_id:          the client identifier with its prefix (§5.9), e.g. x509_hash:<hash>.
-- response_mode:      direct_post.jwt or direct_post (§8.2, §8.3); flow: cross_device or same_device.
-- redirect_uri:       same-device only: where the wallet sends the user back (§8.2).
-- response_code_hash: same-device only: SHA-256 (base64url) of the response_code given in that
--                     redirect (§13.3); the code itself is never stored.
-- encryption_jwk:     direct_post.jwt only: the transaction's ephemeral P-256 private key (JWK),
--                     erased once the response is processed or the transaction expires.
-- outcome:            JSON: {"credentials": …} when verified, {"failures": […]} when failed.
ALTER TABLE presentation_transaction ADD COLUMN owner VARCHAR(255);
ALTER TABLE presentation_transaction ADD COLUMN dcql_query TEXT;
ALTER TABLE presentation_transaction ADD COLUMN nonce VARCHAR(64);
ALTER TABLE presentation_transaction ADD COLUMN oauth_state VARCHAR(64);
ALTER TABLE presentation_transaction ADD COLUMN client_id VARCHAR(512);
ALTER TABLE presentation_transaction ADD COLUMN response_mode VARCHAR(32);
ALTER TABLE presentation_transaction ADD COLUMN flow VARCHAR(16);
ALTER TABLE presentation_transaction ADD COLUMN redirect_uri VARCHAR(2048);
ALTER TABLE presentation_transaction ADD COLUMN response_code_hash VARCHAR(64);
ALTER TABLE presentation_transaction ADD COLUMN encryption_jwk TEXT;
ALTER TABLE presentation_transaction ADD COLUMN outcome TEXT;
ALTER TABLE presentation_transaction ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
-- Expired transactions are found (and their keys erased) by expiry.
CREATE INDEX presentation_transaction_expiry ON presentation_transaction (expires_at);
