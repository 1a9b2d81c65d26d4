package io.sigillum.issuance.proof;

import java.io.Serial;

/**
 * A key proof was refused. {@link #error()} is the Credential Endpoint's error code
 * (OID4VCI 1.0 §8.3.1.2); the message is a short description safe to return as
 * {@code error_description}: it never repeats what the wallet sent.
 */
public final class KeyProofException extends ProofException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which rule the proof broke. */
    public enum Reason implements Rule {
        /** Longer than {@link KeyProofVerifier#MAX_PROOF_CHARS}. */
        TOO_LARGE(KeyProofSpec.INVALID_PROOF),
        /** Not a compact JWS with a JSON header and payload. */
        MALFORMED(KeyProofSpec.INVALID_PROOF),
        /** {@code typ} is not {@code openid4vci-proof+jwt} (Appendix F.1). */
        WRONG_TYPE(KeyProofSpec.INVALID_PROOF),
        /** {@code none}, HMAC, an algorithm not allowed, or one the key does not sign with (Appendix F.4). */
        ALGORITHM_NOT_ALLOWED(KeyProofSpec.INVALID_PROOF),
        /** A header this issuer does not process: {@code crit}, {@code b64}, {@code key_attestation}, {@code trust_chain}. */
        UNSUPPORTED_HEADER(KeyProofSpec.INVALID_PROOF),
        /** None of {@code jwk}, {@code kid}, {@code x5c}. */
        MISSING_KEY(KeyProofSpec.INVALID_PROOF),
        /** More than one of {@code jwk}, {@code kid}, {@code x5c} (Appendix F.1: each excludes the others). */
        AMBIGUOUS_KEY(KeyProofSpec.INVALID_PROOF),
        /** {@code kid} or {@code x5c}: this issuer binds to {@code jwk} keys only. */
        UNSUPPORTED_KEY_REFERENCE(KeyProofSpec.INVALID_PROOF),
        /** The {@code jwk} holds private members (Appendix F.4). */
        PRIVATE_KEY(KeyProofSpec.INVALID_PROOF),
        /** The {@code jwk} is malformed or of a kind this issuer does not bind to. */
        UNSUPPORTED_KEY(KeyProofSpec.INVALID_PROOF),
        /** The signature does not verify with the {@code jwk}. */
        BAD_SIGNATURE(KeyProofSpec.INVALID_PROOF),
        /** A required claim ({@code aud}, {@code iat}) is absent. */
        MISSING_CLAIM(KeyProofSpec.INVALID_PROOF),
        /** A claim has the wrong JSON type. */
        INVALID_CLAIM(KeyProofSpec.INVALID_PROOF),
        /** {@code aud} is not this Credential Issuer Identifier. */
        WRONG_AUDIENCE(KeyProofSpec.INVALID_PROOF),
        /** {@code iat} is older than the accepted age. */
        IAT_TOO_OLD(KeyProofSpec.INVALID_PROOF),
        /** {@code iat} is later than now plus the accepted clock skew. */
        IAT_IN_FUTURE(KeyProofSpec.INVALID_PROOF),
        /** No {@code nonce} though this issuer requires one (§8.3.1.2 case 4). */
        NONCE_MISSING(KeyProofSpec.INVALID_PROOF),
        /** A {@code nonce} that is not a current {@code c_nonce}: the wallet fetches a new one. */
        NONCE_NOT_CURRENT(KeyProofSpec.INVALID_NONCE);

        private final String error;

        Reason(String error) {
            this.error = error;
        }

        /** @return the §8.3.1.2 error code: {@code invalid_proof} or {@code invalid_nonce} */
        @Override
        public String error() {
            return error;
        }
    }

    /**
     * @param reason      which rule was broken
     * @param description a short, safe description; never the wallet's input
     */
    public KeyProofException(Reason reason, String description) {
        super(reason, description);
    }

    /** @return which rule was broken */
    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
