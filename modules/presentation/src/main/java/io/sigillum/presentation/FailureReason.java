package io.sigillum.presentation;

/** Why a presentation was refused: the rule broken, for the relying party, logs and metrics. */
public enum FailureReason {
    /** The {@code vp_token} is too large, not JSON, not an object of non-empty arrays of strings, or a presentation cannot be read. */
    MALFORMED,
    /** A Credential Query asks for a format this verifier does not verify (only {@code dc+sd-jwt} so far). */
    UNSUPPORTED_FORMAT,
    /** The issuer's signature does not verify with the {@code x5c} leaf key. */
    SIGNATURE_INVALID,
    /** {@code none}, a MAC, or a signature algorithm this verifier does not allow. */
    ALGORITHM_NOT_ALLOWED,
    /** A Disclosure that is malformed, duplicated, unreferenced by {@code _sd} or {@code ...}, or discloses what must not be. */
    DISCLOSURE_INVALID,
    /** No Key Binding JWT, or a credential with no holder key to bind to. */
    KEY_BINDING_MISSING,
    /** The Key Binding JWT is malformed, not {@code kb+jwt}, not signed by the {@code cnf} key, or its {@code sd_hash} is wrong. */
    KEY_BINDING_INVALID,
    /** The Key Binding JWT's {@code nonce} is not the transaction's. */
    NONCE_MISMATCH,
    /** The Key Binding JWT's {@code aud} is not this verifier's Client Identifier. */
    AUDIENCE_MISMATCH,
    /** The Key Binding JWT's {@code iat} is older than allowed, or in the future. */
    KEY_BINDING_STALE,
    /** The issuer's {@code x5c} leads to no trusted issuer, or its leaf does not name the credential's {@code iss}. */
    ISSUER_UNTRUSTED,
    /** The issuer is trusted but not authorized for the credential's {@code vct}. */
    ISSUER_NOT_AUTHORIZED,
    /** No trust snapshot is known, so no issuer can be trusted. */
    TRUST_UNAVAILABLE,
    /** The credential's {@code exp} has passed. */
    EXPIRED,
    /** The credential's {@code nbf} is in the future. */
    NOT_YET_VALID,
    /** The status list says INVALID. */
    REVOKED,
    /** The status list says SUSPENDED. */
    SUSPENDED,
    /** The status could not be established (list unreachable, unverifiable, untrusted, index out of range, a status that is not VALID, INVALID or SUSPENDED). */
    STATUS_UNKNOWN,
    /** The presentations do not satisfy the DCQL query, or are keyed by an id it does not have. */
    QUERY_NOT_SATISFIED
}
