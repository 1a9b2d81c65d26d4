package io.sigillum.crypto.sign;

import java.io.Serial;
import java.util.Objects;

/** A compact JWS was refused; {@link #reason()} says why, in terms safe to log. */
public final class JwsVerificationException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a JWS was refused. */
    public enum Reason {
        /** Not three base64url parts, or a header that is not a JSON object with an {@code alg}. */
        MALFORMED,
        /** {@code none}, HMAC, an unknown algorithm, or one not allowed for the verifying key. */
        ALGORITHM_NOT_ALLOWED,
        /** A {@code crit} header, or {@code b64: false}, that this library does not process. */
        UNSUPPORTED_HEADER,
        /** The signature does not verify with the key (wrong key, altered content, garbled). */
        BAD_SIGNATURE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message details, never key material
     */
    public JwsVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the JWS was refused */
    public Reason reason() {
        return reason;
    }
}
