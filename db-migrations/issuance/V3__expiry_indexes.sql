-- Expired nonces and seen DPoP proofs are deleted by expiry from time to time; these indexes keep
-- that a range scan rather than a walk through the whole table.
CREATE INDEX c_nonce_expiry ON c_nonce (expires_at);
CREATE INDEX dpop_nonce_expiry ON dpop_nonce (expires_at);
CREATE INDEX dpop_proof_seen_expiry ON dpop_proof_seen (expires_at);
