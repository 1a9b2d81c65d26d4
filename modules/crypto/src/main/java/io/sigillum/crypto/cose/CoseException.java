package io.sigillum.crypto.cose;

import java.io.Serial;
import java.util.Objects;

/** A COSE message was refused; {@link #reason()} says why, in terms safe to log. */
public final class CoseException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a COSE message was refused. */
    public enum Reason {
        /**
         * Not CBOR, not a COSE_Sign1 structure (RFC 9052 §4.2), a header of the wrong type, a label
         * in both buckets, a payload attached where it should be detached or the reverse.
         */
        MALFORMED,
        /** No {@code alg}, an unknown one, a MAC, one the caller does not allow or not the key's. */
        ALGORITHM_NOT_ALLOWED,
        /** A {@code crit} header naming parameters this library does not process. */
        UNSUPPORTED_HEADER,
        /** The signature does not verify with the key (wrong key, altered content, other AAD). */
        BAD_SIGNATURE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message details, never key material
     */
    public CoseException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason  why
     * @param message details, never key material
     * @param cause   the underlying failure
     */
    public CoseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why the message was refused */
    public Reason reason() {
        return reason;
    }
}
