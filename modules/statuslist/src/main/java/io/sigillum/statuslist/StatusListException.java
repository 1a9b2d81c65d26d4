package io.sigillum.statuslist;

import java.io.Serial;
import java.util.Objects;

/**
 * A Status List, a Status List Token or a status reference was refused; {@link #reason()} says
 * which rule was broken, and the message cites the draft's section where there is one. Messages
 * carry no list content and no key material.
 */
public final class StatusListException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why something was refused. */
    public enum Reason {
        /** {@code bits} is not 1, 2, 4 or 8 (§4.1 step 1). */
        UNSUPPORTED_BITS,
        /**
         * {@code lst} is not canonical base64url, or not one complete ZLIB stream (RFC 1950): bad
         * header or checksum, a preset dictionary, truncated, or bytes after the stream.
         */
        MALFORMED_LIST,
        /** The list inflates past the caller's cap: a decompression bomb, or simply too big to accept. */
        TOO_LARGE,
        /** The decompressed list does not have the length the caller declared for it. */
        LENGTH_MISMATCH,
        /** The index is beyond the list: no statement about the token can be made (§8.3 step 6). */
        INDEX_OUT_OF_RANGE,
        /** Not a JWT or CWT of the shape §5.1 or §5.2 requires: a claim missing or of the wrong type, an untagged COSE_Sign1. */
        MALFORMED_TOKEN,
        /** The {@code typ} is not {@code statuslist+jwt} (§5.1) or {@code application/statuslist+cwt} (§5.2). */
        WRONG_TYPE,
        /** {@code none}, a MAC, an algorithm the caller does not allow, or not the key's. */
        ALGORITHM_NOT_ALLOWED,
        /** A critical header, or another extension this library does not process. */
        UNSUPPORTED_HEADER,
        /** The signature does not verify with the key. */
        BAD_SIGNATURE,
        /** {@code sub} is not the URI the token was fetched from, or not the referenced token's {@code uri} (§8.3 step 4a). */
        WRONG_SUBJECT,
        /** {@code exp} has passed (§8.3 step 4c). */
        EXPIRED,
        /** {@code iat} or {@code nbf} is in the future. */
        NOT_YET_VALID,
        /** {@code iat} is older than the caller's freshness policy allows (§8.3 step 4b). */
        STALE,
        /** A referenced token's {@code status} claim is missing or does not follow §6.2 or §6.3. */
        MALFORMED_REFERENCE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message which rule, citing the draft's section
     */
    public StatusListException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param reason  why
     * @param message which rule, citing the draft's section
     * @param cause   the underlying failure
     */
    public StatusListException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why it was refused */
    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "StatusListException[" + reason + "]: " + getMessage();
    }
}
