package io.sigillum.keymanagement.certificate;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificates as {@code x5c} carries them: base64 (not base64url) DER, RFC 7515 §4.1.6. */
final class Certificates {

    private Certificates() {
    }

    static List<String> toX5c(List<X509Certificate> chain) {
        List<String> encoded = new ArrayList<>(chain.size());
        for (X509Certificate certificate : chain) {
            try {
                encoded.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("a certificate cannot be encoded", e);
            }
        }
        return encoded;
    }

    static List<X509Certificate> fromX5c(List<String> chain) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>(chain.size());
            for (String encoded : chain) {
                certificates.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(Base64.getDecoder().decode(encoded))));
            }
            return certificates;
        } catch (CertificateException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored certificate does not parse", e);
        }
    }
}
