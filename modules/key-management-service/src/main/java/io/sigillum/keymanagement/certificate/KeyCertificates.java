package io.sigillum.keymanagement.certificate;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.crypto.x509.CertificateAuthority;
import io.sigillum.crypto.x509.CertificateRequest;
import io.sigillum.crypto.x509.CredentialIssuerRequest;
import io.sigillum.crypto.x509.DocumentSignerRequest;
import io.sigillum.crypto.x509.StatusListSignerRequest;
import io.sigillum.crypto.x509.SubjectName;
import io.sigillum.crypto.x509.VerifierCertificateRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues the certificate of a managed key from the deployment's CAs, by its profile, and returns
 * the chain an {@code x5c} (or mdoc {@code x5chain}) header carries: the leaf and the CAs above it,
 * without the root, which verifiers hold as their trust anchor.
 */
@ApplicationScoped
public class KeyCertificates {

    /** Leaves live a year; a document signer at most 457 days (ISO/IEC 18013-5 B.1.4). */
    private static final Duration LEAF_VALIDITY = Duration.ofDays(365);

    private final CertificateAuthorities authorities;
    private final CaSettings settings;

    @Inject
    KeyCertificates(CertificateAuthorities authorities, CaSettings settings) {
        this.authorities = authorities;
        this.settings = settings;
    }

    /**
     * @param label a name for the key in its certificate's CN (e.g. its purpose and scope)
     * @return the chain, leaf first, base64 DER; empty for {@link CertificateProfile#NONE}
     */
    public List<String> issue(CertificateProfile profile, PublicKey publicKey, String label) {
        CertificateAuthorities.Opened cas = authorities.opened();
        SubjectName subject = SubjectName.of(label).withOrganization(settings.organization()).withCountry(settings.country());
        return switch (profile) {
            case NONE -> List.of();
            case SD_JWT_VC_ISSUER -> chain(cas.issuing(), new CredentialIssuerRequest(subject, settings.issuer(), LEAF_VALIDITY), publicKey);
            case STATUS_LIST_SIGNER -> chain(cas.issuing(), settings.statusListEku()
                    .<CertificateRequest>map(oid -> new StatusListSignerRequest(subject, oid, LEAF_VALIDITY))
                    .orElseGet(() -> new CredentialIssuerRequest(subject, settings.issuer(), LEAF_VALIDITY)), publicKey);
            case VERIFIER -> chain(cas.issuing(), new VerifierCertificateRequest(subject, settings.verifierDns(), LEAF_VALIDITY), publicKey);
            case MDOC_DOCUMENT_SIGNER -> DerCertificates.toX5c(List.of(cas.iaca().issue(
                    new DocumentSignerRequest(label, settings.organization(), LEAF_VALIDITY), publicKey)));
        };
    }

    /** The leaf, then the CA's chain without the root. */
    private static List<String> chain(CertificateAuthority ca, CertificateRequest request, PublicKey publicKey) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(ca.issue(request, publicKey));
        chain.addAll(ca.chain().subList(0, ca.chain().size() - 1));
        return DerCertificates.toX5c(chain);
    }
}
