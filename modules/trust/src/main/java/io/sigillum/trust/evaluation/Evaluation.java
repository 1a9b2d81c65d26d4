package io.sigillum.trust.evaluation;

import io.sigillum.trust.model.Anchor;
import io.sigillum.trust.model.TrustedIssuer;

import java.util.Objects;
import java.util.Optional;

/** The answer of a trust evaluation: trusted, and by which issuer; or not, and why. */
public sealed interface Evaluation {

    /** @return whether the chain or key is trusted for the credential type at the time */
    boolean trusted();

    /** Why a chain or key is not trusted. */
    enum Reason {
        /** The input is not what it should be: no certificate, too many, too large, not DER, not base64. */
        MALFORMED,
        /** Neither the chain nor the key leads to an anchor of the snapshot. */
        UNKNOWN_ANCHOR,
        /**
         * The chain leads to an anchor but PKIX refuses it: a signature, name chaining, basic
         * constraints, path length, a CA's key usage (keyCertSign), the leaf's (digitalSignature),
         * a certificate repeated (a loop), or a CA anchor presented as the leaf.
         */
        CHAIN_INVALID,
        /** A certificate, the anchor, the issuer or the authorization had expired at the time. */
        EXPIRED,
        /** A certificate, the anchor, the issuer or the authorization was not yet valid at the time. */
        NOT_YET_VALID,
        /** The issuer is suspended. */
        ISSUER_SUSPENDED,
        /** The issuer is withdrawn. */
        ISSUER_WITHDRAWN,
        /** The issuer holds no authorization for the credential type. */
        TYPE_NOT_AUTHORIZED,
        /**
         * The anchor is shared by several issuers, and more than one of them would be trusted for
         * the type at the time: which one issued cannot be told, so none is answered.
         */
        AMBIGUOUS_ISSUER
    }

    /**
     * Trusted.
     *
     * @param issuer the issuer whose anchor the chain or key led to
     * @param anchor that anchor
     */
    record Trusted(TrustedIssuer issuer, Anchor anchor) implements Evaluation {

        /** Checks the fields. */
        public Trusted {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public boolean trusted() {
            return true;
        }
    }

    /**
     * Not trusted.
     *
     * @param reason   the rule broken
     * @param issuerId the issuer concerned, when the chain or key led to one
     * @param detail   one line for logs and problem details; it names no key material
     */
    record NotTrusted(Reason reason, Optional<String> issuerId, String detail) implements Evaluation {

        /** Checks the fields. */
        public NotTrusted {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(issuerId, "issuerId");
            Objects.requireNonNull(detail, "detail");
        }

        /** @return a refusal that concerns no issuer */
        public static NotTrusted of(Reason reason, String detail) {
            return new NotTrusted(reason, Optional.empty(), detail);
        }

        /** @return a refusal that concerns one issuer */
        public static NotTrusted of(Reason reason, String issuerId, String detail) {
            return new NotTrusted(reason, Optional.of(issuerId), detail);
        }

        @Override
        public boolean trusted() {
            return false;
        }
    }
}
