package io.sigillum.trust.model;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * An X.509 certificate trust anchor.
 *
 * <p>The kind must fit the certificate: a {@link AnchorKind#ROOT} or {@link AnchorKind#IACA} is a
 * CA certificate (basicConstraints CA) whose subject is its issuer; an
 * {@link AnchorKind#INTERMEDIATE} is a CA certificate issued by another name; a
 * {@link AnchorKind#LEAF} is not a CA certificate. Version 1 certificates, which carry no
 * basicConstraints, cannot be CA anchors here.
 *
 * @param id          the anchor's identifier
 * @param kind        what the certificate is
 * @param certificate the certificate
 */
public record CertificateAnchor(String id, AnchorKind kind, X509Certificate certificate) implements Anchor {

    /** Checks the fields and that the kind fits the certificate. */
    public CertificateAnchor {
        Text.require(id, "anchor id", MAX_ID_LENGTH);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(certificate, "certificate");
        // getBasicConstraints(): -1 for an end entity, the path length (or MAX_VALUE) for a CA.
        boolean ca = certificate.getBasicConstraints() >= 0;
        boolean selfIssued = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        switch (kind) {
            case ROOT, IACA -> {
                if (!ca || !selfIssued) {
                    throw new IllegalArgumentException("anchor " + id + ": a " + kind + " anchor is a self-issued CA certificate");
                }
            }
            case INTERMEDIATE -> {
                if (!ca || selfIssued) {
                    throw new IllegalArgumentException("anchor " + id + ": an INTERMEDIATE anchor is a CA certificate issued by another CA");
                }
            }
            case LEAF -> {
                if (ca) {
                    throw new IllegalArgumentException("anchor " + id + ": a LEAF anchor is not a CA certificate");
                }
            }
        }
    }

    /** @return whether chains may end at this anchor as the issuer of their last certificate */
    public boolean isCertificationAuthority() {
        return kind != AnchorKind.LEAF;
    }
}
