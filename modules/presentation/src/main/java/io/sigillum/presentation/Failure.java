package io.sigillum.presentation;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a presentation was refused.
 *
 * @param reason            the rule broken
 * @param credentialQueryId the Credential Query the failing presentation answered, when it concerns one
 * @param detail            one line for logs and the relying party; no key material, no claim values
 */
public record Failure(FailureReason reason, Optional<String> credentialQueryId, String detail) {

    /** Checks that nothing is null. */
    public Failure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(credentialQueryId, "credentialQueryId");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return a failure of the whole {@code vp_token} */
    public static Failure of(FailureReason reason, String detail) {
        return new Failure(reason, Optional.empty(), detail);
    }

    /** @return a failure of a presentation for one Credential Query */
    public static Failure of(FailureReason reason, String credentialQueryId, String detail) {
        return new Failure(reason, Optional.of(credentialQueryId), detail);
    }
}
