package io.sigillum.trust.model;

/**
 * Something an issuer's credentials are verified against: an X.509 certificate that chains end at
 * ({@link CertificateAnchor}) or a raw public key ({@link KeyAnchor}).
 */
public sealed interface Anchor permits CertificateAnchor, KeyAnchor {

    /** The longest anchor identifier accepted. */
    int MAX_ID_LENGTH = 256;

    /** @return the anchor's identifier, unique within a snapshot */
    String id();
}
