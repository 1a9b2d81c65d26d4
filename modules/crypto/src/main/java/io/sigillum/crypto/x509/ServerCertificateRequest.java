package io.sigillum.crypto.x509;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a TLS server certificate should say.
 *
 * <p>Every certificate issued from a request names {@code localhost} and {@code 127.0.0.1} in its
 * subjectAltName, so {@link #extraDnsNames()} holds only the names beyond those.
 *
 * @param commonName    the subject's CN, for people reading the certificate (clients match SANs)
 * @param extraDnsNames further DNS names for the subjectAltName, possibly empty
 * @param validity      how long from now the certificate is valid
 */
public record ServerCertificateRequest(String commonName, List<String> extraDnsNames, Duration validity)
        implements CertificateRequest {

    /** Checks the fields and copies the list. */
    public ServerCertificateRequest {
        Objects.requireNonNull(commonName, "commonName");
        if (commonName.isBlank()) {
            throw new IllegalArgumentException("commonName is blank");
        }
        extraDnsNames = List.copyOf(Objects.requireNonNull(extraDnsNames, "extraDnsNames"));
        for (String name : extraDnsNames) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("a DNS name is blank");
            }
        }
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
    }
}
