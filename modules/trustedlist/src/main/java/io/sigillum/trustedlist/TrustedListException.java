package io.sigillum.trustedlist;

import java.io.Serial;
import java.util.Objects;

/**
 * A trusted list was refused; {@link #reason()} says which rule was broken, so an importer can
 * record why and leave what it holds unchanged. Messages name the element or algorithm at fault,
 * never the content of a file the parser was asked to read.
 */
public final class TrustedListException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a list was refused. */
    public enum Reason {
        /** The input is larger than the reader's size cap; it was not parsed. */
        TOO_LARGE,
        /** A DOCTYPE: DTDs, and so entity declarations (XXE, entity expansion), are never processed. */
        FORBIDDEN_CONSTRUCT,
        /** Not well-formed XML, not a {@code tsl:TrustServiceStatusList}, or a required element missing or invalid (TS 119 612 §5). */
        MALFORMED,
        /** No {@code ds:Signature} child of the document element (TS 119 612 §5.7). */
        UNSIGNED,
        /**
         * The signature does not cover the whole list: more than one signature, a signature that is
         * not a child of the document element, no reference {@code URI=""} with the
         * enveloped-signature transform, a transform or reference URI outside the allowed set.
         */
        SIGNATURE_SCOPE,
        /** A SHA-1 (or other) digest or signature algorithm not on the allow-list. */
        WEAK_ALGORITHM,
        /** A reference's digest or the signature value does not verify: the list was changed after signing. */
        BAD_SIGNATURE,
        /** The list is signed with a key that is not one of the configured signing certificates. */
        UNKNOWN_SIGNER,
        /** The list's sequence number is not greater than the one held (TS 119 612 §5.3.2). */
        STALE,
        /** The list is for another scheme territory than the one held (TS 119 612 §5.3.10). */
        TERRITORY_MISMATCH
    }

    private final Reason reason;

    /**
     * @param reason  which rule was broken
     * @param message what exactly, for logs and problem details
     */
    public TrustedListException(Reason reason, String message) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message);
        this.reason = reason;
    }

    /**
     * @param reason  which rule was broken
     * @param message what exactly
     * @param cause   the underlying failure
     */
    public TrustedListException(Reason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
        this.reason = reason;
    }

    /** @return which rule was broken */
    public Reason reason() {
        return reason;
    }
}
