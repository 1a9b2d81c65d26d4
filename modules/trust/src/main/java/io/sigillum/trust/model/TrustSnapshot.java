package io.sigillum.trust.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole trust state at one version: every issuer the registry knows, in every state.
 * The order of the issuers is kept; it is the order of the JSON form, and the order in which
 * issuers sharing an anchor are considered.
 *
 * @param version     the registry's version of its trust state; it grows with every change
 * @param generatedAt when the snapshot was taken
 * @param issuers     the issuers, identifiers unique, anchor identifiers unique across all
 */
public record TrustSnapshot(long version, Instant generatedAt, List<TrustedIssuer> issuers) {

    /** Checks the fields and copies the list. */
    public TrustSnapshot {
        if (version < 0) {
            throw new IllegalArgumentException("version is negative");
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        issuers = List.copyOf(Objects.requireNonNull(issuers, "issuers"));
        Set<String> issuerIds = new HashSet<>();
        Set<String> anchorIds = new HashSet<>();
        for (TrustedIssuer issuer : issuers) {
            if (!issuerIds.add(issuer.id())) {
                throw new IllegalArgumentException("two issuers have id " + issuer.id());
            }
            for (Anchor anchor : issuer.anchors()) {
                // Unique across the snapshot, so that an anchor id alone says which anchor a chain ended at.
                if (!anchorIds.add(anchor.id())) {
                    throw new IllegalArgumentException("two anchors have id " + anchor.id());
                }
            }
        }
    }

    /** @return the issuer with this identifier */
    public Optional<TrustedIssuer> issuer(String id) {
        Objects.requireNonNull(id, "id");
        return issuers.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
