package io.sigillum.verification.presentation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the checks of a {@code vp_token} concluded: verified with the claims, or failed with the reasons. */
public sealed interface CheckedPresentation {

    /** Every credential passed: by DCQL credential query id, the credentials presented for it. */
    record Verified(Map<String, List<Credential>> credentials) implements CheckedPresentation {
    }

    /** At least one check failed; the reasons, never the claims. */
    record Failed(List<Failure> failures) implements CheckedPresentation {
    }

    /** A verified credential: its type, the trusted issuer, the disclosed claims. */
    record Credential(String vct, String issuer, Map<String, Object> claims) {
    }

    /**
     * @param reason            the broken rule, lower case (e.g. {@code revoked}, {@code wallet_error})
     * @param credentialQueryId the credential query it concerns, if one
     * @param detail            what went wrong, for people
     */
    record Failure(String reason, Optional<String> credentialQueryId, String detail) {
    }

    /** One failure that concerns no credential query. */
    static Failed failed(String reason, String detail) {
        return new Failed(List.of(new Failure(reason, Optional.empty(), detail)));
    }
}
