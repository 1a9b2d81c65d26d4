/**
 * The trust model of Sigillum's trust registry and its evaluation: trusted issuers with their
 * state, validity, trust anchors (X.509 certificates and public JWKs) and the credential types
 * each may issue; the snapshot's JSON form with a strong ETag; and {@code TrustEvaluator}, which
 * answers whether an {@code x5c} chain or a key is trusted for a credential type at a time, using
 * the JDK's PKIX validator through {@link io.sigillum.crypto.x509.CertificatePathValidator}.
 * The registry service serves and stores it; verifiers evaluate in process from a cached snapshot.
 * Plain Java: no server, no CDI.
 */
module io.sigillum.trust {
    // X509Certificate and PublicKey are the JDK's; nothing of sigillum-crypto appears in this API,
    // but its module is needed to read certificates and keys, and the snapshot JSON uses Nimbus JWKs.
    requires io.sigillum.crypto;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.sigillum.trust.model;
    exports io.sigillum.trust.snapshot;
    exports io.sigillum.trust.evaluation;
}
