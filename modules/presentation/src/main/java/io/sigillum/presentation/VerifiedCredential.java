package io.sigillum.presentation;

import java.util.Map;
import java.util.Objects;

/**
 * One credential that passed every check.
 *
 * @param credentialQueryId the Credential Query it answered
 * @param vct               its type
 * @param issuerId          the trusted issuer's id in the trust snapshot its {@code x5c} led to
 * @param iss               its {@code iss} claim
 * @param claims            only the claims the query selected, nested as in the credential (JSON-like
 *                          {@link Map}, {@link java.util.List}, strings, numbers, booleans, {@code null});
 *                          empty when the query asked for no claim
 */
public record VerifiedCredential(String credentialQueryId, String vct, String issuerId, String iss,
                                 Map<String, Object> claims) {

    /** Checks that nothing is null. */
    public VerifiedCredential {
        Objects.requireNonNull(credentialQueryId, "credentialQueryId");
        Objects.requireNonNull(vct, "vct");
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(iss, "iss");
        Objects.requireNonNull(claims, "claims");
    }

    /** @return the type and issuer only: claim values stay out of logs */
    @Override
    public String toString() {
        return "VerifiedCredential[" + credentialQueryId + ", vct=" + vct + ", issuerId=" + issuerId + ", claims="
                + claims.keySet() + "]";
    }
}
