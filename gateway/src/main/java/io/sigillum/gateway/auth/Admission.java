package io.sigillum.gateway.auth;

import io.helidon.http.Status;

/** What {@link AuthorizeRoute} decided about a request, and as whom it goes on. */
public sealed interface Admission {

    /** An open route: anyone passes, unnamed (its rate limit counts by address). */
    Admission ANYONE = new Anyone();

    /** Passes without a token, as the wallet-facing routes do. */
    record Anyone() implements Admission {
    }

    /**
     * Passes with a valid token that grants the route.
     *
     * @param subject the token's {@code sub} (its rate limit counts by it), or null when it has none
     */
    record Bearer(String subject) implements Admission {
    }

    /** Refused; the problem has been sent. */
    record Refused(Status status) implements Admission {
    }
}
