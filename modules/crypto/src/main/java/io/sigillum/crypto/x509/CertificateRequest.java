package io.sigillum.crypto.x509;

import java.time.Duration;

/**
 * What a certificate a {@link CertificateAuthority} issues should say. Each kind is one profile:
 * the record holds the caller's choices, the authority adds what the profile fixes.
 */
public sealed interface CertificateRequest permits ServerCertificateRequest, IntermediateCaRequest,
        DocumentSignerRequest, CredentialIssuerRequest, VerifierCertificateRequest, StatusListSignerRequest {

    /** @return how long the certificate is valid */
    Duration validity();

    /** Checks a validity is positive; shared by the requests. */
    static Duration positive(Duration validity) {
        if (validity == null) {
            throw new NullPointerException("validity");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        return validity;
    }
}
