package io.sigillum.crypto.x509;

import java.time.Duration;
import java.util.Objects;

/**
 * The leaf certificate of a verifier that identifies itself with the OpenID4VP
 * {@code x509_san_dns} client identifier prefix: its client id is {@code x509_san_dns:<host>}, and
 * the wallet accepts the signed request only if the leaf of its {@code x5c} carries that host as a
 * dNSName subjectAltName.
 *
 * @param subject  the verifier's name
 * @param dnsName  the client id's host, e.g. {@code verifier.example}
 * @param validity how long it is valid; it must not outlive its issuing CA
 */
public record VerifierCertificateRequest(SubjectName subject, String dnsName, Duration validity) implements CertificateRequest {

    /** The OpenID4VP client identifier prefix this certificate serves. */
    public static final String CLIENT_ID_PREFIX = "x509_san_dns:";

    /** Checks the fields and puts the DNS name in lower case. */
    public VerifierCertificateRequest {
        Objects.requireNonNull(subject, "subject");
        dnsName = DnsNames.require(Objects.requireNonNull(dnsName, "dnsName"));
        CertificateRequest.positive(validity);
    }

    /** @return the client id that goes with the certificate, {@code x509_san_dns:<dnsName>} */
    public String clientId() {
        return CLIENT_ID_PREFIX + dnsName;
    }
}
