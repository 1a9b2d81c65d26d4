package io.sigillum.trust.model;

import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A trusted issuer: who it is, whether and when it is trusted, what its credentials are verified
 * against, and which credential types it may issue.
 *
 * @param id             its identifier: an {@code https} URL (the SD-JWT VC {@code iss}), or another
 *                       stable name the registry gives it; unique within a snapshot
 * @param legalName      its legal name
 * @param country        ISO 3166-1 alpha-2 code in capitals; EL, UK and EU as EU trusted lists write them are accepted
 * @param state          active, suspended or withdrawn
 * @param validity       when it is trusted at all; {@link ValidityWindow#UNBOUNDED} for always
 * @param anchors        its trust anchors, with identifiers unique and no certificate or key twice
 * @param authorizations the credential types it may issue; a type may appear more than once, with
 *                       other windows
 */
public record TrustedIssuer(String id, String legalName, String country, IssuerState state, ValidityWindow validity,
                            List<Anchor> anchors, List<Authorization> authorizations) {

    /** The longest issuer identifier accepted (the registry's column is as long). */
    public static final int MAX_ID_LENGTH = 512;
    /** The longest legal name accepted. */
    public static final int MAX_LEGAL_NAME_LENGTH = 1024;

    /** Checks the fields and copies the lists. */
    public TrustedIssuer {
        Text.require(id, "issuer id", MAX_ID_LENGTH);
        Text.require(legalName, "legal name", MAX_LEGAL_NAME_LENGTH);
        Countries.require(country);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(validity, "validity");
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
        authorizations = List.copyOf(Objects.requireNonNull(authorizations, "authorizations"));
        requireDistinctAnchors(id, anchors);
    }

    /** @return the authorizations for {@code type}, in their order */
    public List<Authorization> authorizationsFor(CredentialType type) {
        Objects.requireNonNull(type, "type");
        return authorizations.stream().filter(a -> a.type().equals(type)).toList();
    }

    /** @return the certificate anchors */
    public Stream<CertificateAnchor> certificateAnchors() {
        return anchors.stream().filter(CertificateAnchor.class::isInstance).map(CertificateAnchor.class::cast);
    }

    /** @return the key anchors */
    public Stream<KeyAnchor> keyAnchors() {
        return anchors.stream().filter(KeyAnchor.class::isInstance).map(KeyAnchor.class::cast);
    }

    private static void requireDistinctAnchors(String issuer, List<Anchor> anchors) {
        Set<String> ids = new HashSet<>();
        Set<X509Certificate> certificates = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (Anchor anchor : anchors) {
            if (!ids.add(anchor.id())) {
                throw new IllegalArgumentException("issuer " + issuer + " has two anchors with id " + anchor.id());
            }
            // X509Certificate.equals compares the DER encodings; keys compare by SubjectPublicKeyInfo.
            boolean repeated = switch (anchor) {
                case CertificateAnchor c -> !certificates.add(c.certificate());
                case KeyAnchor k -> !keys.add(HexFormat.of().formatHex(k.key().getEncoded()));
            };
            if (repeated) {
                throw new IllegalArgumentException("issuer " + issuer + " holds anchor " + anchor.id() + " twice");
            }
        }
    }
}
