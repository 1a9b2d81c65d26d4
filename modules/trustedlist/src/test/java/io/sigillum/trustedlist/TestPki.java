package io.sigillum.trustedlist;

import io.sigillum.crypto.x509.CertificateAuthority;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** Keys and certificates of the tests' list operators and trust services, made once per run. */
final class TestPki {

    static final CertificateAuthority DE_OPERATOR = CertificateAuthority.selfSigned("DE trusted list operator", Duration.ofDays(365));
    static final CertificateAuthority LOTL_OPERATOR = CertificateAuthority.selfSigned("EU list of trusted lists operator", Duration.ofDays(365));
    static final CertificateAuthority STRANGER = CertificateAuthority.selfSigned("Someone else", Duration.ofDays(365));
    static final CertificateAuthority PID_PROVIDER_CA = CertificateAuthority.selfSigned("PID Provider CA", Duration.ofDays(365));
    static final CertificateAuthority ATTESTATION_CA = CertificateAuthority.selfSigned("Attestation Provider CA", Duration.ofDays(365));
    static final CertificateAuthority ATTESTATION_CA_2 = CertificateAuthority.selfSigned("Attestation Provider CA 2", Duration.ofDays(365));

    private TestPki() {
    }

    static X509Certificate certificate(CertificateAuthority ca) {
        return ca.certificate();
    }

    static PrivateKey key(CertificateAuthority ca) {
        return ca.privateKey();
    }
}
