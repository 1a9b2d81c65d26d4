package io.sigillum.keymanagement.certificate;

import io.sigillum.crypto.x509.DerCertificates;
import io.sigillum.api.keymanagement.CaCertificatesApi;
import io.sigillum.api.keymanagement.model.CaCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.util.List;

/** {@code GET /ca-certificates}: the deployment's CAs, for trust registries and verifiers. */
@ApplicationScoped
public class CaCertificatesResource implements CaCertificatesApi {

    private final CertificateAuthorities authorities;

    @Inject
    CaCertificatesResource(CertificateAuthorities authorities) {
        this.authorities = authorities;
    }

    @Override
    public List<CaCertificate> getCaCertificates() {
        CertificateAuthorities.Opened cas = authorities.opened();
        return List.of(view("root", cas.root().certificate()), view("issuing", cas.issuing().certificate()),
                view("iaca", cas.iaca().certificate()));
    }

    private static CaCertificate view(String name, X509Certificate certificate) {
        return new CaCertificate(CaCertificate.NameEnum.fromValue(name), DerCertificates.toX5c(List.of(certificate)).get(0),
                certificate.getSubjectX500Principal().getName(),
                certificate.getNotBefore().toInstant().atOffset(ZoneOffset.UTC),
                certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC));
    }
}
