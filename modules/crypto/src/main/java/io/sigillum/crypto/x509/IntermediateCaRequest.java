package io.sigillum.crypto.x509;

import java.util.Objects;
import java.time.Duration;

/**
 * An intermediate (issuing) CA under a root: basicConstraints CA with a path length constraint
 * (critical), keyUsage keyCertSign and cRLSign (critical), subject and authority key identifiers
 * (RFC 5280 §4.2.1.1, §4.2.1.2, §4.2.1.3, §4.2.1.9). A chain then reads leaf, intermediate, root.
 *
 * @param subject    the CA's name
 * @param pathLength how many further CA certificates may follow it down a chain; 0 for a CA that
 *                   issues only end-entity certificates
 * @param validity   how long it is valid; it must not outlive its issuer
 */
public record IntermediateCaRequest(SubjectName subject, int pathLength, Duration validity) implements CertificateRequest {

    /** Checks the fields. */
    public IntermediateCaRequest {
        Objects.requireNonNull(subject, "subject");
        if (pathLength < 0) {
            throw new IllegalArgumentException("pathLength is not negative");
        }
        CertificateRequest.positive(validity);
    }
}
