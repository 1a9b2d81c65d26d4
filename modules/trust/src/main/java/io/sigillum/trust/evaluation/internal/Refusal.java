package io.sigillum.trust.evaluation.internal;

import io.sigillum.trust.evaluation.Evaluation;

import java.util.Objects;

/**
 * Ends an evaluation early with a refusal. Thrown on untrusted input, so it carries no stack trace:
 * filling one in would be work an attacker can make us do.
 */
public final class Refusal extends Exception {

    private final transient Evaluation.NotTrusted outcome;

    Refusal(Evaluation.NotTrusted outcome) {
        super(outcome.reason() + ": " + outcome.detail(), null, false, false);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    static Refusal of(Evaluation.Reason reason, String detail) {
        return new Refusal(Evaluation.NotTrusted.of(reason, detail));
    }

    /** @return the refusal the evaluation answers */
    public Evaluation.NotTrusted outcome() {
        return outcome;
    }
}
