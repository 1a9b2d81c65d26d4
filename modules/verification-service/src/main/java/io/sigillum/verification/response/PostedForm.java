package io.sigillum.verification.response;

import java.util.Optional;

/** The form parameters a wallet posted to the response URI, blank ones as absent. */
public record PostedForm(Optional<String> response, Optional<String> vpToken, Optional<String> state,
                         Optional<String> error, Optional<String> errorDescription) {

    static PostedForm of(String response, String vpToken, String state, String error, String errorDescription) {
        return new PostedForm(present(response), present(vpToken), present(state), present(error), present(errorDescription));
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
