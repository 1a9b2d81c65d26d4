package io.sigillum.presentation;

import java.time.Instant;
import java.util.Objects;

/**
 * What the verifier expects of one presentation: who it is, which nonce it issued for the
 * transaction, and the time to check validity and Key Binding freshness at.
 *
 * @param clientId the Client Identifier with its prefix (e.g. {@code x509_san_dns:verifier.example}),
 *                 the Key Binding JWT's expected {@code aud} (OpenID4VP 1.0 Appendix B.3.6)
 * @param nonce    the transaction's {@code nonce}, the Key Binding JWT's expected {@code nonce}
 * @param now      the time of verification
 */
public record PresentationContext(String clientId, String nonce, Instant now) {

    /** Checks that nothing is null or empty. */
    public PresentationContext {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(now, "now");
        if (clientId.isEmpty() || nonce.isEmpty()) {
            throw new IllegalArgumentException("clientId and nonce are not empty");
        }
    }
}
