package io.sigillum.presentation.internal;

import io.sigillum.trust.evaluation.Evaluation;
import io.sigillum.trust.evaluation.TrustEvaluator;
import io.sigillum.trust.model.CredentialType;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The certificates that came with a signed object, leaf first, and the leaf already read: a JOSE
 * {@code x5c} (kept as text so the trust evaluator applies its own bounds when it decodes it) or a
 * COSE {@code x5chain} (already decoded by the COSE reader).
 */
public sealed interface SignerChain {

    /** @return the end-entity certificate, whose key signed */
    X509Certificate leaf();

    /** @return what the trust snapshot says of this chain for the type at the time */
    Evaluation evaluate(TrustEvaluator trust, CredentialType type, Instant at);

    /**
     * A JOSE {@code x5c}.
     *
     * @param x5c  standard base64 DER, leaf first (RFC 7515 §4.1.6)
     * @param leaf the first certificate, read
     */
    record X5c(List<String> x5c, X509Certificate leaf) implements SignerChain {

        /** Copies the list. */
        public X5c {
            x5c = List.copyOf(x5c);
            Objects.requireNonNull(leaf, "leaf");
        }

        @Override
        public Evaluation evaluate(TrustEvaluator trust, CredentialType type, Instant at) {
            return trust.evaluateX5c(x5c, type, at);
        }
    }

    /**
     * A COSE {@code x5chain} (RFC 9360).
     *
     * @param certificates leaf first, never empty
     */
    record Certificates(List<X509Certificate> certificates) implements SignerChain {

        /** Copies the list. */
        public Certificates {
            certificates = List.copyOf(certificates);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("a chain has a leaf");
            }
        }

        @Override
        public X509Certificate leaf() {
            return certificates.getFirst();
        }

        @Override
        public Evaluation evaluate(TrustEvaluator trust, CredentialType type, Instant at) {
            return trust.evaluateChain(certificates, type, at);
        }
    }
}
