package io.sigillum.issuance.proof;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key proof whose form, key, signature, audience and age have been checked.
 *
 * @param key      the public key the wallet proved possession of: the key to bind the Credential to
 * @param jkt      its RFC 7638 SHA-256 thumbprint, base64url (e.g. to refuse two proofs of one key)
 * @param nonce    the {@code nonce} claim, for the caller to check against its {@code c_nonce}
 *                 store ({@link KeyProofVerifier#checkNonce})
 * @param issuedAt the {@code iat} claim
 * @param clientId the {@code iss} claim: the wallet's {@code client_id}; absent after anonymous
 *                 access to the token endpoint in the Pre-Authorized Code Flow
 */
public record VerifiedKeyProof(PublicKey key, String jkt, Optional<String> nonce, Instant issuedAt,
                               Optional<String> clientId) {

    /** Requires every component. */
    public VerifiedKeyProof {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(jkt, "jkt");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(clientId, "clientId");
    }
}
