package io.sigillum.issuance.dpop;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A DPoP proof that passed the stateless checks of RFC 9449 §4.3.
 *
 * @param jkt      the RFC 7638 SHA-256 thumbprint of the proof's key, base64url: the {@code cnf.jkt}
 *                 to bind a token to (§6.1), or to compare with one
 * @param jti      the proof's identifier, for the caller's replay check (§11.1)
 * @param issuedAt the {@code iat} claim
 * @param nonce    the {@code nonce} claim, for the caller's server-nonce check
 *                 ({@link DpopProofVerifier#checkNonce})
 * @param key      the proof's public key
 */
public record VerifiedDpopProof(String jkt, String jti, Instant issuedAt, Optional<String> nonce, PublicKey key) {

    /** Requires every component. */
    public VerifiedDpopProof {
        Objects.requireNonNull(jkt, "jkt");
        Objects.requireNonNull(jti, "jti");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(key, "key");
    }
}
