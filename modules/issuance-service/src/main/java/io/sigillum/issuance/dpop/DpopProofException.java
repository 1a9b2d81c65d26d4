package io.sigillum.issuance.dpop;

import io.sigillum.issuance.proof.ProofException;

import java.io.Serial;

/**
 * A DPoP proof was refused. {@link #error()} is the RFC 9449 error code; the message is a short
 * description safe to return as {@code error_description}: it never repeats what the client sent.
 */
public final class DpopProofException extends ProofException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which rule the proof broke (RFC 9449 §4.3 unless noted). */
    public enum Reason implements Rule {
        /** No {@code DPoP} header. */
        MISSING(DpopSpec.INVALID_DPOP_PROOF),
        /** More than one {@code DPoP} header (check 1), or several values folded into one. */
        MULTIPLE(DpopSpec.INVALID_DPOP_PROOF),
        /** Longer than {@link DpopProofVerifier#MAX_PROOF_CHARS}. */
        TOO_LARGE(DpopSpec.INVALID_DPOP_PROOF),
        /** Not a well-formed compact JWS with a JSON header and payload (check 2). */
        MALFORMED(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code typ} is not {@code dpop+jwt} (check 4). */
        WRONG_TYPE(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code none}, HMAC, an algorithm not allowed, or one the key does not sign with (check 5). */
        ALGORITHM_NOT_ALLOWED(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code crit} or {@code b64}, which are not processed. */
        UNSUPPORTED_HEADER(DpopSpec.INVALID_DPOP_PROOF),
        /** No {@code jwk} header (check 3). */
        MISSING_KEY(DpopSpec.INVALID_DPOP_PROOF),
        /** The {@code jwk} holds private members (check 7). */
        PRIVATE_KEY(DpopSpec.INVALID_DPOP_PROOF),
        /** The {@code jwk} is malformed or of an unsupported kind. */
        UNSUPPORTED_KEY(DpopSpec.INVALID_DPOP_PROOF),
        /** The signature does not verify with the {@code jwk} (check 6). */
        BAD_SIGNATURE(DpopSpec.INVALID_DPOP_PROOF),
        /** A required claim is absent (check 3; {@code ath} with an access token, check 12). */
        MISSING_CLAIM(DpopSpec.INVALID_DPOP_PROOF),
        /** A claim has the wrong JSON type, or a {@code jti} is too long. */
        INVALID_CLAIM(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code htm} is not the request's method (check 8). */
        WRONG_METHOD(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code htu} is not the endpoint's URI (check 9). */
        WRONG_URI(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code iat} is older than the accepted age (check 11). */
        IAT_TOO_OLD(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code iat} is later than now plus the accepted clock skew (check 11). */
        IAT_IN_FUTURE(DpopSpec.INVALID_DPOP_PROOF),
        /** {@code ath} is not the hash of the access token presented (check 12). */
        WRONG_ACCESS_TOKEN_HASH(DpopSpec.INVALID_DPOP_PROOF),
        /** No {@code nonce} though the server requires one (§8, §9). */
        NONCE_MISSING(DpopSpec.USE_DPOP_NONCE),
        /** A {@code nonce} that is not the current one (§8, §9; check 10). */
        NONCE_STALE(DpopSpec.USE_DPOP_NONCE),
        /** The access token's {@code cnf.jkt} is not the proof key's thumbprint (§6.1, §7.1; check 12). */
        KEY_BINDING_MISMATCH(DpopSpec.INVALID_TOKEN);

        private final String error;

        Reason(String error) {
            this.error = error;
        }

        /** @return the error code: {@code invalid_dpop_proof}, {@code use_dpop_nonce} or {@code invalid_token} */
        @Override
        public String error() {
            return error;
        }
    }

    /**
     * @param reason      which rule was broken
     * @param description a short, safe description; never the client's input
     */
    public DpopProofException(Reason reason, String description) {
        super(reason, description);
    }

    /** @return which rule was broken */
    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
