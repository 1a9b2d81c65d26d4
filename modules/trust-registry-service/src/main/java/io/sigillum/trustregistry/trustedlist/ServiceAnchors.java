package io.sigillum.trustregistry.trustedlist;

import io.sigillum.trust.model.AnchorKind;
import io.sigillum.trust.model.CertificateAnchor;
import io.sigillum.trustedlist.model.TrustService;
import io.sigillum.trustregistry.anchor.ListedAnchors;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a service's X.509 certificates (TS 119 612 §5.5.3) become anchors, of which kind, and
 * why the others do not:
 * <ul>
 *   <li>the service's type (§5.5.1) must be one of the anchor service types, else the service is skipped;</li>
 *   <li>its status (§5.5.4) must be a trusted one ({@link ServiceStatuses}), else it is skipped;</li>
 *   <li>a self-issued CA certificate is a {@code root}, or an {@code iaca} for an IACA service type;
 *       a CA certificate issued by another is an {@code intermediate}; an end-entity certificate is
 *       skipped, and so is anything the trust model refuses;</li>
 *   <li>subject names and key identifiers alone are skipped: an anchor needs the certificate.</li>
 * </ul>
 */
final class ServiceAnchors {

    /** A certificate to anchor. */
    record Planned(AnchorKind kind, X509Certificate certificate, String fingerprint) {
    }

    /** A service or one of its certificates not anchored, and why; {@code fingerprint} is null for the whole service. */
    record Skipped(String fingerprint, String reason) {
    }

    /**
     * @param ofAnchorType whether the service's type is an anchor type
     * @param trusted      whether it is of an anchor type and its status is a trusted one
     */
    record Mapping(boolean ofAnchorType, boolean trusted, List<Planned> anchors, List<Skipped> skipped) {
    }

    private final Set<URI> anchorTypes;
    private final Set<URI> iacaTypes;

    ServiceAnchors(Set<URI> anchorTypes, Set<URI> iacaTypes) {
        this.anchorTypes = Set.copyOf(anchorTypes);
        this.iacaTypes = Set.copyOf(iacaTypes);
    }

    Mapping map(TrustService service) {
        boolean iaca = iacaTypes.contains(service.type());
        if (!iaca && !anchorTypes.contains(service.type())) {
            return new Mapping(false, false, List.of(), List.of(new Skipped(null,
                    "service type " + service.type() + " is not an anchor service type")));
        }
        if (!ServiceStatuses.trusted(service.status())) {
            return new Mapping(true, false, List.of(), List.of(new Skipped(null,
                    "service status " + service.status() + " is not a trusted one")));
        }
        List<Planned> anchors = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        var identity = service.identity();
        if (identity.certificates().isEmpty()) {
            skipped.add(new Skipped(null, "no X509Certificate: a subject name or key identifier alone cannot be an anchor"));
        }
        for (X509Certificate certificate : identity.certificates()) {
            String fingerprint = ListedAnchors.fingerprint(certificate);
            if (certificate.getBasicConstraints() < 0) {
                skipped.add(new Skipped(fingerprint, "an end-entity certificate (no basicConstraints CA) is not an anchor"));
                continue;
            }
            boolean selfIssued = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
            AnchorKind kind = selfIssued ? (iaca ? AnchorKind.IACA : AnchorKind.ROOT) : AnchorKind.INTERMEDIATE;
            try {
                new CertificateAnchor("probe", kind, certificate);
                anchors.add(new Planned(kind, certificate, fingerprint));
            } catch (IllegalArgumentException e) {
                skipped.add(new Skipped(fingerprint, "the trust model refuses it: " + e.getMessage()));
            }
        }
        return new Mapping(true, true, anchors, skipped);
    }
}
