package io.sigillum.crypto.x509;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Certificates as headers carry them: exactly one DER certificate per item (COSE {@code x5chain},
 * RFC 9360), or its standard base64 (not base64url) in a JOSE {@code x5c} (RFC 7515 §4.1.6).
 */
public final class DerCertificates {

    private DerCertificates() {
    }

    /**
     * @return the certificate
     * @throws IllegalArgumentException unless the bytes are exactly one DER certificate (the JDK's
     *                                  factory also takes PEM and ignores what follows a certificate)
     */
    public static X509Certificate parse(byte[] der) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            if (!Arrays.equals(certificate.getEncoded(), der)) {
                throw new IllegalArgumentException("not exactly one DER certificate");
            }
            return certificate;
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("a certificate does not parse", e);
        }
    }

    /** @return the chain as an {@code x5c} value: each certificate's DER in standard base64 */
    public static List<String> toX5c(List<X509Certificate> chain) {
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

    /**
     * @return the certificates of an {@code x5c} value, in order
     * @throws IllegalArgumentException for an item that is not base64 of exactly one DER certificate
     */
    public static List<X509Certificate> fromX5c(List<String> x5c) {
        List<X509Certificate> chain = new ArrayList<>(x5c.size());
        for (String encoded : x5c) {
            chain.add(parse(Base64.getDecoder().decode(encoded)));
        }
        return List.copyOf(chain);
    }
}
