package io.sigillum.trustedlist.model;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trusted list (or a list of trusted lists) whose signature has been verified (TS 119 612 §5).
 *
 * @param sequenceNumber the list's sequence number, at least 1 (§5.3.2)
 * @param type           the list's type, for example EU generic or EU list of the lists (§5.3.3)
 * @param operatorName   the scheme operator's name, in English where given (§5.3.4)
 * @param territory      the scheme territory, an ISO 3166-1 code or {@code EU} (§5.3.10)
 * @param issuedAt       the list's issue date and time (§5.3.14)
 * @param nextUpdate     when the next list is due; empty for a closed list (§5.3.15)
 * @param providers      the trust service providers, in document order (§5.3.18)
 * @param pointers       pointers to other lists, in document order (§5.3.13)
 * @param signer         the configured certificate the list's signature verified with (§5.7)
 */
public record TrustedList(
        long sequenceNumber,
        URI type,
        String operatorName,
        String territory,
        Instant issuedAt,
        Optional<Instant> nextUpdate,
        List<TrustServiceProvider> providers,
        List<TrustedListPointer> pointers,
        X509Certificate signer) {

    /** Checks the values and copies the lists. */
    public TrustedList {
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("the sequence number is less than 1");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(operatorName, "operatorName");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        providers = List.copyOf(providers);
        pointers = List.copyOf(pointers);
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * @return whether the list is closed: it has no next update (§5.3.15)
     */
    public boolean closed() {
        return nextUpdate.isEmpty();
    }
}
