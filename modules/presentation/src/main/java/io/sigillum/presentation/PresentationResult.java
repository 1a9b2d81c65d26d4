package io.sigillum.presentation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer for a whole {@code vp_token}: every credential verified and the query satisfied, or not. */
public sealed interface PresentationResult {

    /** @return whether the presentation was accepted */
    boolean verified();

    /**
     * Every presentation passed and the DCQL query is satisfied.
     *
     * @param credentials Credential Query id → the credentials presented for it, in the response's
     *                    order, each with only the requested claims
     */
    record Verified(Map<String, List<VerifiedCredential>> credentials) implements PresentationResult {

        /** Copies, keeping the order. */
        public Verified {
            Map<String, List<VerifiedCredential>> copy = new LinkedHashMap<>();
            credentials.forEach((id, list) -> copy.put(id, List.copyOf(list)));
            credentials = Collections.unmodifiableMap(copy);
        }

        @Override
        public boolean verified() {
            return true;
        }
    }

    /**
     * The presentation was refused; no claim of it is returned.
     *
     * @param failures why; never empty
     */
    record Failed(List<Failure> failures) implements PresentationResult {

        /** Checks there is a reason and copies them. */
        public Failed {
            failures = List.copyOf(failures);
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("a failed presentation says why");
            }
        }

        @Override
        public boolean verified() {
            return false;
        }

        /** @return whether one of the failures has this reason */
        public boolean has(FailureReason reason) {
            return failures.stream().anyMatch(failure -> failure.reason() == reason);
        }
    }
}
