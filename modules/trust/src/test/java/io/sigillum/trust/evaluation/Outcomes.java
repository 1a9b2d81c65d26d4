package io.sigillum.trust.evaluation;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Assertions on evaluations. */
final class Outcomes {

    private Outcomes() {
    }

    static Evaluation.Trusted trusted(Evaluation evaluation) {
        return assertInstanceOf(Evaluation.Trusted.class, evaluation, () -> "expected trusted, got " + evaluation);
    }

    static Evaluation.NotTrusted refused(Evaluation.Reason reason, Evaluation evaluation) {
        Evaluation.NotTrusted refused = assertInstanceOf(Evaluation.NotTrusted.class, evaluation,
                () -> "expected " + reason + ", got " + evaluation);
        assertEquals(reason, refused.reason(), refused::detail);
        return refused;
    }

    static Evaluation.NotTrusted refused(Evaluation.Reason reason, String issuerId, Evaluation evaluation) {
        Evaluation.NotTrusted refused = refused(reason, evaluation);
        assertEquals(Optional.of(issuerId), refused.issuerId(), refused::detail);
        return refused;
    }
}
