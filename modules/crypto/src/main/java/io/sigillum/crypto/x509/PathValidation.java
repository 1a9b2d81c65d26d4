package io.sigillum.crypto.x509;

import java.security.cert.X509Certificate;
import java.util.Objects;

/** The outcome of validating a certificate chain: valid up to an anchor, or invalid and why. */
public sealed interface PathValidation {

    /** Why a chain is not valid, in the terms a trust decision reports. */
    enum Reason {
        /** No certificate was given. */
        EMPTY_CHAIN,
        /** The chain does not lead to any configured trust anchor. */
        UNKNOWN_ANCHOR,
        /** A certificate had expired at the validation time. */
        EXPIRED,
        /** A certificate was not yet valid at the validation time. */
        NOT_YET_VALID,
        /** A signature in the chain does not verify. */
        BAD_SIGNATURE,
        /** A certificate's key usage or basic constraints forbid its place in the chain. */
        KEY_USAGE,
        /** The leaf lacks the extended key usage the caller requires. */
        EXTENDED_KEY_USAGE,
        /** Anything else PKIX refuses (malformed chain, name chaining, critical extensions). */
        INVALID
    }

    /** @param anchor the trust anchor the chain leads to */
    record Valid(X509Certificate anchor) implements PathValidation {
        public Valid {
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /**
     * @param reason what rule the chain breaks
     * @param detail one line for logs and problem details; names no key material
     */
    record Invalid(Reason reason, String detail) implements PathValidation {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
