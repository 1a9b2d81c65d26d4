package io.sigillum.presentation.internal;

import io.sigillum.presentation.FailureReason;

import java.io.Serial;
import java.util.Objects;

/**
 * A check refused something: the reason and a one-line detail, carried up to where it becomes a
 * {@link io.sigillum.presentation.Failure}. No stack trace is taken: refusals are expected
 * outcomes of bad input, not errors, and a verifier under load refuses many.
 */
public final class Refusal extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient FailureReason reason;

    /**
     * @param reason the rule broken
     * @param detail one line; no key material, no claim values
     */
    public Refusal(FailureReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return the rule broken */
    public FailureReason reason() {
        return reason;
    }
}
