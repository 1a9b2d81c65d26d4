package io.sigillum.trust.model;

/**
 * What a certificate trust anchor is, which decides where in a chain it may stand. The kind is
 * checked against the certificate when a {@link CertificateAnchor} is built.
 */
public enum AnchorKind {
    /** A self-issued CA certificate; chains end at it. */
    ROOT,
    /**
     * A CA certificate issued by another CA. Registering it trusts what it issues, and only that,
     * whatever its issuer is: chains end at it, and its own issuer is not consulted.
     */
    INTERMEDIATE,
    /** An mdoc issuing authority CA root (ISO/IEC 18013-5 Annex B.1.2): a ROOT for document signers. */
    IACA,
    /**
     * A pinned end-entity certificate: trusted when it is itself the first certificate of a chain,
     * never as the issuer of another certificate.
     */
    LEAF
}
